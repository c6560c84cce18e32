/**
 * Starts the app once for all browser tests, without waiting for its build: the integration tests
 * run meanwhile, and each browser test file waits for it in wait-for-app.ts. Without Chromium the
 * browser tests skip (or, in CI, fail).
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { launchApp } from "./app-server";
import { skippedBanner } from "../helpers/skipped";
import { browserSkipReason, launchBrowserServer, SHARED_BROWSER } from "./browser";

/** Written whole (a rename), so a reader never sees half of "failed" and its reason. */
function writeStatus(file: string, text: string) {
  writeFileSync(`${file}.part`, text);
  renameSync(`${file}.part`, file);
}

export default async function setup(project: TestProject) {
  const reason = browserSkipReason();
  if (reason && process.env.CI) throw new Error(`Browser tests must run in CI: ${reason}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-lab-e2e-status-"));
  const statusFile = path.join(dir, "status");
  if (reason) {
    writeStatus(statusFile, "ready");
    project.provide("e2e", { skip: reason, baseURL: "", databaseUrl: "", statusFile });
    return () => {
      rmSync(dir, { recursive: true, force: true });
      console.warn(skippedBanner("BROWSER TESTS", reason));
    };
  }
  const app = await launchApp();
  // Test files start after this returns, so the variable reaches their workers.
  const browser = await launchBrowserServer();
  process.env[SHARED_BROWSER] = browser.wsEndpoint();
  app.ready.then(
    () => writeStatus(statusFile, "ready"),
    (error: Error) => writeStatus(statusFile, `failed\n${error.stack ?? error.message}`),
  );
  project.provide("e2e", {
    skip: null,
    baseURL: app.baseURL,
    databaseUrl: app.databaseUrl,
    statusFile,
  });
  return async () => {
    await browser.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** statusFile: "ready" once the app answers, or "failed" and why (see wait-for-app.ts). */
    e2e: { skip: string | null; baseURL: string; databaseUrl: string; statusFile: string };
  }
}

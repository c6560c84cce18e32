/** Builds and starts the app once for all browser tests; skips (or, in CI, fails) without Chromium. */
import type { TestProject } from "vitest/node";
import { startApp } from "./app-server";
import { skippedBanner } from "../helpers/skipped";
import { browserSkipReason } from "./browser";

export default async function setup(project: TestProject) {
  const reason = browserSkipReason();
  if (reason && process.env.CI) throw new Error(`Browser tests must run in CI: ${reason}`);
  if (reason) {
    project.provide("e2e", { skip: reason, baseURL: "", databaseUrl: "" });
    return () => console.warn(skippedBanner("BROWSER TESTS", reason));
  }
  const app = await startApp();
  project.provide("e2e", { skip: null, baseURL: app.baseURL, databaseUrl: app.databaseUrl });
  return () => app.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    e2e: { skip: string | null; baseURL: string; databaseUrl: string };
  }
}

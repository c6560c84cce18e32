/** Builds the base test database once from the migrations; each test file gets a copy (setup.ts). */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../../lib/content/migrate";
import { checkSandbox } from "../../lib/sandbox";
import { skippedBanner } from "./skipped";

export default async function setup(project: TestProject) {
  const sandboxMissing = await checkSandbox().then(
    () => null,
    (error: Error) => error.message,
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-lab-test-"));
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, "base.db");
  migrateDeploy(`file:${base}`);
  project.provide("baseDbPath", base);
  return () => {
    rmSync(dir, { recursive: true, force: true });
    if (sandboxMissing) console.warn(skippedBanner("SANDBOX TESTS", sandboxMissing));
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseDbPath: string;
  }
}

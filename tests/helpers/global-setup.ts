/** Builds the base test database once from the migrations; each test file gets a copy (setup.ts). */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../../lib/content/migrate";

export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-lab-test-"));
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, "base.db");
  migrateDeploy(`file:${base}`);
  project.provide("baseDbPath", base);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    baseDbPath: string;
  }
}

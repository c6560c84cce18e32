/**
 * Builds the base test database once from the migrations; each test file gets a copy (setup.ts).
 * SQLite (project "integration"): a base file copied per file. PostgreSQL (project "integration-pg"):
 * a template database on TEST_POSTGRES_URL's server (or a throwaway cluster from this machine's
 * PostgreSQL binaries), copied per file with CREATE DATABASE … TEMPLATE.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../../lib/content/migrate";
import { migratePostgres } from "../../lib/db/migrate-postgres";
import { startCluster, type Cluster } from "../../lib/db/postgres-cluster";
import { checkSandbox } from "../../lib/sandbox";
import { onServer, PG_PROJECT, withDatabase } from "./postgres";
import { skippedBanner } from "./skipped";

async function setupPostgres(project: TestProject) {
  let cluster: Cluster | undefined;
  let server = process.env.TEST_POSTGRES_URL;
  if (!server) {
    try {
      cluster = await startCluster();
    } catch (error) {
      throw new Error(
        `The PostgreSQL pass needs a server: set TEST_POSTGRES_URL=postgresql://user@host:port/db (a role that may CREATE DATABASE), or install postgresql (${(error as Error).message}).`,
      );
    }
    server = cluster.url;
  }
  const run = `recall_lab_test_${process.pid}_`;
  const template = `${run}template`;
  await onServer(server, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${template}"`);
    await c.query(`CREATE DATABASE "${template}"`);
  });
  await migratePostgres(withDatabase(server, template));
  project.provide("pgServerUrl", server);
  project.provide("pgTemplate", template);
  project.provide("pgPrefix", run);
  return async () => {
    if (cluster) return cluster.stop();
    // A shared server: drop what this run made (the files drop their own; this catches the rest).
    await onServer(server, async (c) => {
      const { rows } = await c.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`${run}%`],
      );
      for (const { datname } of rows) await c.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    });
  };
}

/** The migrated SQLite file every SQLite test file copies (the PostgreSQL pass has one too, for tests that make a second, empty database). */
function sqliteBase(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-lab-test-"));
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, "base.db");
  migrateDeploy(`file:${base}`);
  project.provide("baseDbPath", base);
  return () => rmSync(dir, { recursive: true, force: true });
}

export default async function setup(project: TestProject) {
  if (project.name === PG_PROJECT) {
    const removeBase = sqliteBase(project);
    const teardown = await setupPostgres(project);
    return async () => {
      removeBase();
      await teardown();
    };
  }
  const sandboxMissing = await checkSandbox().then(
    () => null,
    (error: Error) => error.message,
  );
  const removeBase = sqliteBase(project);
  return () => {
    removeBase();
    if (sandboxMissing) console.warn(skippedBanner("SANDBOX TESTS", sandboxMissing));
    const pgMissing = process.env.RECALL_LAB_PG_SKIPPED;
    if (pgMissing) console.warn(skippedBanner("POSTGRESQL PASS", pgMissing));
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseDbPath: string;
    pgServerUrl: string;
    pgTemplate: string;
    pgPrefix: string;
  }
}

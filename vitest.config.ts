import path from "node:path";
import { defineConfig } from "vitest/config";
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";

// "server-only" throws outside React Server Components; tests import those modules directly.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only.ts"),
};

/**
 * Test files that never reach the database, whatever the dialect (parsers, formatting, pure
 * functions, the folder rules): they run once, as the project "unit", not once per database.
 * tests/helpers/setup.ts points their DATABASE_URL at a file that cannot exist, so a file listed
 * here that starts to use the database fails instead of quietly running on one dialect only.
 * A new test file lands in both integration passes unless it is added here.
 */
const databaseFree = [
  "app/env",
  "auth/callback-url",
  "auth/client-address",
  "chat/query",
  "components/deck-state",
  "components/run-output",
  "content/anchors",
  "content/load",
  "content/table-scroll",
  "format/plural",
  "format/title",
  "http/boundary",
  "http/remote-images",
  "learner/sections",
  "ops/start",
  "podcast/spoken",
  "srs/optimizer-items",
  "sandbox/status",
  "srs/type-answer",
  "stats/heat-levels",
  "structure/folders",
  "study/distractors",
  "study/grade",
].map((name) => `tests/${name}.test.ts`);

const integration = {
  include: ["tests/**/*.test.ts"],
  exclude: ["tests/e2e/**", "node_modules/**", ...databaseFree],
  globalSetup: ["tests/helpers/global-setup.ts"],
  setupFiles: ["tests/helpers/setup.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

/** As lib/db/postgres-cluster.ts looks for them (imported without an extension, Vite's config loader warns). */
const hasPostgresBinaries = () =>
  existsSync("/usr/lib/postgresql") &&
  readdirSync("/usr/lib/postgresql").some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));

/**
 * The integration suite runs a second time on PostgreSQL (tests/helpers/global-setup.ts): against
 * TEST_POSTGRES_URL's server, else a throwaway cluster from this machine's PostgreSQL binaries.
 * Without either the pass is skipped with a banner at the end; under CI=true it runs and fails.
 */
const pgReason =
  process.env.TEST_POSTGRES_URL || process.env.CI === "true" || hasPostgresBinaries()
    ? null
    : "no TEST_POSTGRES_URL and no PostgreSQL server binaries (apt-get install postgresql)";
if (pgReason) process.env.RECALL_LAB_PG_SKIPPED = pgReason;

/**
 * Left out of the PostgreSQL pass: SQLite-only by nature (the file's locking, migrate deploy's
 * exclusive lock, the seed beside a WAL reader), and sandbox tests that never touch the database
 * (the slowest part of the suite; route, panel and escape tests do touch it and stay).
 */
const notOnPostgres = [
  "tests/ops/migrations.test.ts",
  "tests/ops/seed-while-rating.test.ts",
  ...[
    "cli",
    "concurrency",
    "examples",
    "host-cost",
    "leak-check",
    "network",
    "output",
    "resources",
    "supervisor-lint",
  ].map((name) => `tests/sandbox/${name}.test.ts`),
];

export default defineConfig({
  resolve: { alias },
  test: {
    // Every core (vitest's default leaves one idle: 1 worker on 2 cores). Measured in decision 0020.
    maxWorkers: Math.max(2, os.availableParallelism()),
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: databaseFree,
          // No database and no per-file state: one module cache per worker, not one per file
          // (the project in 12 s instead of 26 s, decision 0020).
          isolate: false,
          setupFiles: ["tests/helpers/setup.ts"],
          env: { RECALL_LAB_TEST_DATABASE: "none" },
          testTimeout: integration.testTimeout,
        },
      },
      { resolve: { alias }, test: { name: "integration", ...integration } },
      ...(pgReason
        ? []
        : [
            {
              resolve: { alias },
              test: {
                name: "integration-pg",
                ...integration,
                exclude: [...integration.exclude, ...notOnPostgres],
              },
            },
          ]),
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          // Each file waits for the app, which builds while the integration files run (the files
          // run one at a time, after those: vitest's group for projects without file parallelism).
          setupFiles: ["tests/e2e/wait-for-app.ts"],
          fileParallelism: false,
          // The walks lend two tabs to their concurrent tests: a third test started at once would
          // count its wait for a tab against its own timeout (phone-widths timed out so at load 30).
          maxConcurrency: 2,
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // expect.poll's own 1 s is a tight time-out on a busy machine (an IndexedDB write and a
          // render took longer at load 15, and "25 ratings offline" failed on it): polls wait on
          // their condition up to 30 s, as the tests' SLOW does, and finish as soon as it holds.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});

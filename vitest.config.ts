import path from "node:path";
import { defineConfig } from "vitest/config";
import { existsSync, readdirSync } from "node:fs";

// "server-only" throws outside React Server Components; tests import those modules directly.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only.ts"),
};

const integration = {
  include: ["tests/**/*.test.ts"],
  exclude: ["tests/e2e/**", "node_modules/**"],
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
    projects: [
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
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});

/**
 * Per test file: a fresh database, set before lib/env.ts reads DATABASE_URL. SQLite: a copy of the
 * base file; PostgreSQL (project "integration-pg"): a database made from the migrated template;
 * project "unit" (files that never use the database): a file that cannot exist, so any use fails.
 */
import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, inject, vi } from "vitest";
import { failOnConsoleError } from "./console-errors";
import { createDatabase, dropDatabase } from "./postgres";

const template = inject("pgTemplate");
if (process.env.RECALL_LAB_TEST_DATABASE === "none") {
  process.env.DATABASE_URL = "file:/nonexistent/recall-lab-unit-tests-have-no-database.db";
} else if (template) {
  const server = inject("pgServerUrl");
  const { name, url } = await createDatabase(server, inject("pgPrefix"), template);
  process.env.DATABASE_URL = url;
  afterAll(async () => {
    const { db } = await import("../../lib/db");
    await db.$disconnect();
    await dropDatabase(server, name);
  });
} else {
  const base = inject("baseDbPath");
  const copy = path.join(path.dirname(base), `${randomUUID()}.db`);
  copyFileSync(base, copy);
  process.env.DATABASE_URL = `file:${copy}`;
}
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123456789";
// next.config.ts turns on authInterrupts (forbidden()); Next passes it to the app through this variable.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// The session is the one thing faked for code called in-process: see tests/helpers/session.ts.
vi.mock("next-auth", async (original) => {
  const { session } = await import("./session");
  return {
    ...(await original<typeof import("next-auth")>()),
    getServerSession: async () => session.current,
  };
});

failOnConsoleError();

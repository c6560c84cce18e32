/**
 * Applies prisma/postgres/migrations to a PostgreSQL database. `prisma migrate deploy` through
 * @prisma/adapter-pg 6.19 fails ("Column type 'name' could not be deserialized", prisma/orm#27403),
 * so we apply them ourselves the way it does: each pending migration.sql in its own transaction
 * (PostgreSQL DDL is transactional), recorded in Prisma's `_prisma_migrations` table (same columns
 * and checksum), under an advisory lock so two processes starting at once apply each migration once.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const LOCK_KEY = 72707369; // Prisma migrate's own advisory lock key, so its tools and ours exclude each other.

export function postgresMigrationsDir(cwd = process.cwd()): string {
  return path.join(cwd, "prisma", "postgres", "migrations");
}

function migrationFolders(cwd: string): string[] {
  const dir = postgresMigrationsDir(cwd);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

async function applied(client: pg.ClientBase): Promise<Set<string>> {
  const table = await client.query(`SELECT to_regclass('"_prisma_migrations"') AS t`);
  if (!table.rows[0]?.t) return new Set();
  const rows = await client.query<{ migration_name: string }>(
    `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
  );
  return new Set(rows.rows.map((r) => r.migration_name));
}

/** Applies every pending migration; returns the names it applied. */
export async function migratePostgres(url: string, cwd = process.cwd()): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET client_min_messages = warning");
    await client.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
    await client.query(CREATE_TABLE);
    const done = await applied(client);
    const pending = migrationFolders(cwd).filter((m) => !done.has(m));
    for (const name of pending) {
      const sql = readFileSync(
        path.join(postgresMigrationsDir(cwd), name, "migration.sql"),
        "utf8",
      );
      const checksum = createHash("sha256").update(sql).digest("hex");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count")
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`PostgreSQL migration ${name} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
    }
    return pending;
  } finally {
    await client.end();
  }
}

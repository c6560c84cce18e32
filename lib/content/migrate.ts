/**
 * Applies pending migrations with the Prisma CLI (`migrate deploy` works in adapter mode), and only
 * when one is pending: Prisma's schema engine takes the database in exclusive locking mode, so
 * it fails while any other process (the running app) has the file open. Which migrations are
 * applied we read ourselves from `_prisma_migrations`, which needs no lock.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS, isBusyError } from "../db-busy";
import { pluralize, pluralWord } from "../format/plural";

/** Migrations waiting to be applied, while another process holds the database. */
export class MigrationsBlockedError extends Error {}

const sqliteFile = (databaseUrl: string, cwd: string) =>
  path.resolve(cwd, databaseUrl.replace(/^file:/, "").replace(/\?.*$/, ""));

/** Migration folders not applied yet (finished and not rolled back) in the database. */
export function pendingMigrations(databaseUrl: string, cwd = process.cwd()): string[] {
  const dir = path.join(cwd, "prisma", "migrations");
  const all = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
  const file = sqliteFile(databaseUrl, cwd);
  if (!existsSync(file)) return all;
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS, fileMustExist: true });
  try {
    const table = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return all;
    const applied = new Set(
      db
        .prepare(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
        )
        .pluck()
        .all() as string[],
    );
    return all.filter((name) => !applied.has(name));
  } finally {
    db.close();
  }
}

/** Returns the migrations it applied (none when none was pending). */
export function migrateDeploy(databaseUrl: string, cwd = process.cwd()): string[] {
  const pending = pendingMigrations(databaseUrl, cwd);
  if (pending.length === 0) return pending;
  const bin = path.join(cwd, "node_modules", ".bin", "prisma");
  try {
    execFileSync(bin, ["migrate", "deploy"], {
      cwd,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: "pipe",
    });
  } catch (error) {
    const output = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
    if (isBusyError({ message: output }))
      throw new MigrationsBlockedError(
        `${pluralize(pending.length, "database migration")} ${pluralWord(pending.length, "is", "are")} pending (${pending.join(", ")}), and Prisma applies migrations only with the database to itself: stop the running app, then run npm run db:seed (or npm start) again.`,
      );
    throw error;
  }
  return pending;
}

/**
 * One server process per SQLite file. Several processes on one SQLite file fail concurrent writes
 * with "database is locked" (issue 16 measured 78 of 1,351 ratings across three), so a server on
 * SQLite holds an exclusive lock on a sentinel file beside the database (`<file>.serving`) for as
 * long as it runs: a second server on the same file stops at once with a message saying so.
 *
 * The lock is SQLite's own: a better-sqlite3 connection to the sentinel in `locking_mode=EXCLUSIVE`
 * that has written once keeps its OS file lock until the connection closes, and the OS releases it
 * when the process dies, however it dies (no stale pid file to clean up after a crash). CLI scripts
 * (seed, backup, import) never touch the sentinel, so they still run beside the app.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { providerOf } from "./client";

const sqliteFile = (url: string) => path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));

/** The sentinel beside the database file a `file:` URL names. */
export const servingLockFile = (url: string) => `${sqliteFile(url)}.serving`;

export const servingLockMessage = (url: string) =>
  `Another Recall Lab server is already running on ${sqliteFile(url)}. SQLite serves one app process: stop that one, or use PostgreSQL (DATABASE_URL=postgresql://…) for several processes (deploy/README.md).`;

const isBusy = (e: unknown) =>
  typeof e === "object" &&
  e !== null &&
  /^SQLITE_BUSY/.test(String((e as { code?: unknown }).code));

function tryLock(url: string): Database.Database | null {
  const file = servingLockFile(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const sentinel = new Database(file, { timeout: 0 });
  try {
    sentinel.pragma("locking_mode = EXCLUSIVE");
    // The first write takes the exclusive lock, and EXCLUSIVE mode never gives it back.
    sentinel.exec(
      `CREATE TABLE IF NOT EXISTS "server" ("pid" INTEGER); DELETE FROM "server"; INSERT INTO "server" VALUES (${process.pid})`,
    );
    return sentinel;
  } catch (error) {
    sentinel.close();
    if (isBusy(error)) return null;
    throw error;
  }
}

// On globalThis: a dev reload of instrumentation must find the lock this process already holds
// (a second connection of the same process would be refused like another process).
const global = globalThis as unknown as { recallLabServingLock?: Database.Database };

/**
 * Takes the lock for this process's lifetime (a server's start-up); nothing to do on PostgreSQL.
 * Throws an Error with servingLockMessage when another process holds it.
 */
export function holdServingLock(url: string): void {
  if (providerOf(url) === "postgresql" || global.recallLabServingLock) return;
  const lock = tryLock(url);
  if (!lock) throw new Error(servingLockMessage(url));
  global.recallLabServingLock = lock;
}

/** Releases it (a graceful shutdown; a crash releases it too). */
export function releaseServingLock(): void {
  global.recallLabServingLock?.close();
  global.recallLabServingLock = undefined;
}

/** For `npm start` before seeding and building: the message when a server holds the lock, else null. */
export function servingLockProblem(url: string): string | null {
  if (providerOf(url) === "postgresql") return null;
  const lock = tryLock(url);
  if (!lock) return servingLockMessage(url);
  lock.close();
  return null;
}

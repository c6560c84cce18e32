/** SQLite's busy handling, shared by every connection we open (app, seed, migrations check, prisma.config.ts). */

/** busy_timeout in ms: a connection waits this long for another process's lock instead of failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/** SQLITE_BUSY however it arrives: better-sqlite3's code, the adapter's "SocketTimeout" kind, or wrapped by Prisma. */
export function isBusyError(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const e = error as {
    code?: unknown;
    kind?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  return (
    e.code === "SQLITE_BUSY" ||
    e.kind === "SocketTimeout" ||
    (typeof e.message === "string" &&
      /SQLITE_BUSY\b|SocketTimeout|database is locked/.test(e.message)) ||
    isBusyError(e.cause, depth + 1) ||
    isBusyError(e.meta?.driverAdapterError, depth + 1)
  );
}

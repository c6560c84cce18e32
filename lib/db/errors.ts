/** Database errors recognised the same way on both databases, whichever path raised them. */

/**
 * A unique (or primary key) violation: Prisma's P2002 from the query builder; from raw statements the
 * driver adapter's UniqueConstraintViolation (wrapped by Prisma, or bare), better-sqlite3's own code
 * (lib/db/sqlite.ts) or PostgreSQL's SQLSTATE 23505 (lib/db/postgres.ts).
 */
export function isUniqueViolation(e: unknown, depth = 0): boolean {
  if (typeof e !== "object" || e === null || depth > 4) return false;
  const { code, meta, cause, kind } = e as {
    code?: unknown;
    kind?: unknown;
    meta?: { driverAdapterError?: unknown };
    cause?: unknown;
  };
  return (
    code === "P2002" ||
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    code === "23505" ||
    kind === "UniqueConstraintViolation" ||
    isUniqueViolation(meta?.driverAdapterError, depth + 1) ||
    isUniqueViolation(cause, depth + 1)
  );
}

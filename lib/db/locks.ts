/** Serialising one learner's read-then-write transactions, the same way on both databases. */
import type { Tx } from "./types";

/**
 * Call first in a transaction that counts and then inserts (a rate limit): it updates the user's
 * own row to itself, which on PostgreSQL takes that row's lock until commit, so a second such
 * transaction of the same user waits for the first to commit and then counts its row (READ
 * COMMITTED re-reads); on SQLite every transaction already holds the write lock (BEGIN IMMEDIATE).
 * Other users' transactions are not held up.
 */
export async function lockUserRow(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "User" SET "updatedAt" = "updatedAt" WHERE "id" = ${userId}`;
}

/**
 * How raw SQL runs, on either database: `Sql` runs parameterised `Prisma.sql` text through a
 * Prisma client or transaction ($queryRaw), or straight on the connection Prisma itself uses
 * (lib/db/sqlite.ts: better-sqlite3 with statements prepared once; lib/db/postgres.ts: the pg
 * Pool with named prepared statements). The direct path skips the query engine, ~0.17 ms per
 * statement on SQLite; a rating makes ~10 of them (decision 0004).
 * Write portable SQL: quoted identifiers and aliases (PostgreSQL folds unquoted ones to lower case),
 * no SQLite functions, instants compared as bound Dates, booleans as TRUE/FALSE.
 */
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Tx } from "./types";
import { backendOf } from "./client";
import { postgresSql, postgresTransaction } from "./postgres";
import { assertSqliteAdapter, execOn, sqliteSql } from "./sqlite";
import type { Sql } from "./types";

export type { Sql } from "./types";

export const isSql = (x: object): x is Sql => "rows" in x && "run" in x;
/** Tests and callers may pass a Prisma client or transaction; the hot path passes an `Sql`. */
export type Db = Sql | Tx;
export const asSql = (x: Db): Sql => (isSql(x) ? x : viaPrisma(x));

/** Through Prisma: for callers that hand over their own Prisma transaction (quiz answers) or a client. */
export function viaPrisma(tx: Tx): Sql {
  return { rows: <T>(q: Prisma.Sql) => tx.$queryRaw<T[]>(q), run: (q) => tx.$executeRaw(q) };
}

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

/** Runs `fn` in one transaction on the client's own connection(s). */
export async function transaction<T>(
  client: PrismaClient,
  fn: (sql: Sql) => Promise<T>,
): Promise<T> {
  const backend = backendOf(client);
  if (!backend) return client.$transaction((tx) => fn(viaPrisma(tx)));
  if (backend.provider === "postgresql") return postgresTransaction(backend.pool, fn);
  const { driver } = await backend.connection();
  // What Prisma's transaction manager does for this adapter: BEGIN on start (IMMEDIATE: lib/db/client.ts),
  // COMMIT/ROLLBACK as statements, then release the connection's transaction lock.
  // COMMIT straight on the connection, prepared once (through the adapter it is prepared and logged anew each time).
  const tx = await driver.startTransaction();
  const native = assertSqliteAdapter(tx);
  try {
    const result = await fn(sqliteSql(native));
    execOn(native, "COMMIT");
    await tx.commit();
    return result;
  } catch (e) {
    try {
      await tx.executeRaw(statement("ROLLBACK"));
    } finally {
      await tx.rollback();
    }
    throw e;
  }
}

/** Reads and single-statement writes outside a transaction, on the client's own connection. */
export async function sqlOf(client: PrismaClient): Promise<Sql> {
  const backend = backendOf(client);
  if (!backend) return viaPrisma(client);
  if (backend.provider === "postgresql") return postgresSql(backend.pool);
  return sqliteSql((await backend.connection()).native);
}

/** One read on the client's own connection: what stats and analysis use instead of `$queryRaw`. */
export async function rowsOf<T>(client: PrismaClient, query: Prisma.Sql): Promise<T[]> {
  return (await sqlOf(client)).rows<T>(query);
}

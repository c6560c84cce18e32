/**
 * PostgreSQL: raw SQL on the same pg Pool Prisma's adapter (@prisma/adapter-pg) uses, as named
 * prepared statements (each connection parses and plans a statement once, then reuses it; Prisma's
 * $queryRaw on this adapter plans every call). Values are bound and decoded to what the SQLite path
 * gives (lib/db/sqlite.ts): instants as UTC (columns are `timestamp(3)` without zone, as Prisma
 * writes them), whole numbers as numbers, booleans as booleans.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import type { Prisma } from "../generated/prisma/client";
import type { Sql } from "./types";

const { types } = pg;
const NUMBERS = [20 /* int8 */, 1700 /* numeric */];
const TIMESTAMP = 1114; // timestamp without time zone: UTC by construction (Prisma writes UTC)
const parsers = new Map<number, (text: string) => unknown>([
  ...NUMBERS.map((oid) => [oid, Number] as const),
  [TIMESTAMP, (text: string) => new Date(`${text.replace(" ", "T")}Z`)],
]);
const typeParsers = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    parsers.get(oid) ?? types.getTypeParser(oid, format as "text")) as typeof types.getTypeParser,
};

// pg would send a Date in the process's local zone, which a `timestamp` column then misreads.
const bind = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

/** `?` placeholders (Prisma.Sql's `.sql`) are written `$n` by its `.text`. */
const MAX_NAMED = 2000;
const names = new Map<string, string>();
function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (!name && names.size < MAX_NAMED) {
    name = `rl_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

export type Queryable = Pick<pg.Pool, "query">;

const query = (on: Queryable, q: Prisma.Sql) =>
  on.query({
    name: nameOf(q.text),
    text: q.text,
    values: q.values.map(bind),
    types: typeParsers,
  });

export const postgresSql = (on: Queryable): Sql => ({
  rows: async <T>(q: Prisma.Sql) => (await query(on, q)).rows as T[],
  run: async (q) => (await query(on, q)).rowCount ?? 0,
});

/** A transaction on one pooled connection: BEGIN … COMMIT, ROLLBACK on any error. */
export async function postgresTransaction<T>(
  pool: pg.Pool,
  fn: (sql: Sql) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await fn(postgresSql(client));
    await client.query("COMMIT");
    return result;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/**
 * SQLite: raw SQL straight on the better-sqlite3 connection Prisma's adapter itself uses, each
 * distinct SQL text prepared once per connection (the adapter prepares every statement anew:
 * 0.05–0.3 ms each on the review path; decision 0004). This reads the adapter's undeclared `client`
 * field and binds values the way it does with `timestampFormat: "iso8601"` (which lib/db/client.ts
 * passes explicitly), so @prisma/adapter-better-sqlite3 is pinned (package.json) and
 * `assertSqliteAdapter` checks both at start-up; tests/db/adapters.test.ts checks the pin.
 */
import type { Prisma } from "../generated/prisma/client";
import type { Sql } from "./types";

interface Statement {
  reader: boolean;
  columns(): { name: string; type: string | null }[];
  raw(on: boolean): Statement;
  all(...args: unknown[]): unknown[][];
  run(...args: unknown[]): { changes: number };
}
export interface Native {
  prepare(sql: string): Statement;
}
type Prepared = { statement: Statement; names: string[]; decoders: ((v: unknown) => unknown)[] };

export const SQLITE_ADAPTER = "@prisma/adapter-better-sqlite3";

/** The adapter's better-sqlite3 Database, when that is what it is. */
export function nativeOf(queryable: { adapterName: string }): Native | undefined {
  const client = (queryable as { client?: Partial<Native> }).client;
  return queryable.adapterName === SQLITE_ADAPTER && typeof client?.prepare === "function"
    ? (client as Native)
    : undefined;
}

/** Refuses a connection that isn't what this module was written against (an adapter upgrade). */
export function assertSqliteAdapter(queryable: { adapterName: string }): Native {
  const native = nativeOf(queryable);
  if (!native)
    throw new Error(
      `lib/db/sqlite.ts: the ${queryable.adapterName} connection exposes no better-sqlite3 Database (its "client" field); ` +
        "this module is written against @prisma/adapter-better-sqlite3 6.19.3 (pinned in package.json, decision 0004).",
    );
  return native;
}

// As the adapter binds them with timestampFormat "iso8601": instants as ISO text with +00:00, booleans as 0/1.
const bind = (v: unknown) =>
  v instanceof Date
    ? v.toISOString().replace("Z", "+00:00")
    : typeof v === "boolean"
      ? Number(v)
      : v;

// As $queryRaw returns them: integers as numbers (the connection reads them as BigInt), DATETIME as Date, BOOLEAN as boolean.
function decoderFor(declared: string | null): (v: unknown) => unknown {
  const type = declared?.toUpperCase() ?? "";
  if (type === "DATETIME" || type === "TIMESTAMP")
    return (v) => (v === null ? null : new Date(typeof v === "string" ? v : Number(v)));
  if (type === "BOOLEAN") return (v) => (v === null ? null : Number(v) !== 0);
  return (v) => (typeof v === "bigint" ? Number(v) : v);
}

const STATEMENTS_PER_CONNECTION = 500;
const caches = new WeakMap<Native, Map<string, Prepared>>();

function prepared(native: Native, sql: string): Prepared {
  let cache = caches.get(native);
  if (!cache) caches.set(native, (cache = new Map()));
  const hit = cache.get(sql);
  if (hit) return hit;
  const statement = native.prepare(sql);
  const columns = statement.reader ? statement.raw(true).columns() : [];
  const entry = {
    statement,
    names: columns.map((c) => c.name),
    decoders: columns.map((c) => decoderFor(c.type)),
  };
  // SQL texts are a small fixed set (limits and states are written into a few of them); the bound only guards against surprises.
  if (cache.size >= STATEMENTS_PER_CONNECTION) cache.clear();
  cache.set(sql, entry);
  return entry;
}

export function rowsOn<T>(native: Native, q: Prisma.Sql): T[] {
  const { statement, names, decoders } = prepared(native, q.sql);
  return statement.all(...q.values.map(bind)).map((row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) out[names[i]!] = decoders[i]!(row[i]);
    return out as T;
  });
}

export const runOn = (native: Native, q: Prisma.Sql): number =>
  prepared(native, q.sql).statement.run(...q.values.map(bind)).changes;

/** A statement without parameters or rows (COMMIT, ROLLBACK), prepared once like the rest. */
export const execOn = (native: Native, sql: string): void => {
  prepared(native, sql).statement.run();
};

export const sqliteSql = (native: Native): Sql => ({
  rows: async <T>(q: Prisma.Sql) => rowsOn<T>(native, q),
  run: async (q) => runOn(native, q),
});

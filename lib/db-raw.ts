/**
 * How hot paths (the review session, the signed-in user on every page) send SQL: `Sql` runs parameterised `Prisma.sql` text either through a Prisma
 * client/transaction ($queryRaw) or straight on the driver adapter's connection that Prisma itself uses
 * (`driverOf` in lib/db.ts). The adapter path skips the query engine, ~0.17 ms per statement and ~0.2 ms per
 * transaction here, and a rating makes ~10 of them. Same connection and same transaction lock as Prisma.
 * On SQLite the statements are also prepared once and reused (lib/db-prepared.ts).
 */
import { driverOf, type Driver, type Tx } from "./db";
import { nativeOf, rowsOn, runOn } from "./db-prepared";
import type { Prisma, PrismaClient } from "./generated/prisma/client";

export interface Sql {
  rows<T>(query: Prisma.Sql): Promise<T[]>;
  run(query: Prisma.Sql): Promise<number>;
}
type Queryable = Pick<Driver, "provider" | "adapterName" | "queryRaw" | "executeRaw">;
type ArgType = Parameters<Driver["queryRaw"]>[0]["argTypes"][number];

export const isSql = (x: object): x is Sql => "rows" in x && "run" in x;
/** Tests and callers may pass a Prisma client or transaction; the hot path passes an `Sql`. */
export type Db = Sql | Tx;
export const asSql = (x: Db): Sql => (isSql(x) ? x : viaPrisma(x));

/** Through Prisma: for callers that hand over their own Prisma transaction (quiz answers) or a client. */
export function viaPrisma(tx: Tx): Sql {
  return { rows: <T>(q: Prisma.Sql) => tx.$queryRaw<T[]>(q), run: (q) => tx.$executeRaw(q) };
}

const argType = (v: unknown): ArgType => ({
  arity: "scalar",
  scalarType:
    v instanceof Date
      ? "datetime"
      : typeof v === "number"
        ? Number.isInteger(v)
          ? "int"
          : "float"
        : typeof v === "boolean"
          ? "boolean"
          : typeof v === "bigint"
            ? "bigint"
            : "string",
});

// Column types from @prisma/driver-adapter-utils' ColumnTypeEnum: results shaped as $queryRaw shapes them (numbers, Dates, booleans).
const INT32 = 0,
  INT64 = 1,
  BOOLEAN = 5,
  DATETIME = 10;
function decode(value: unknown, type: number): unknown {
  if (value === null) return null;
  if (type === INT32 || type === INT64) return Number(value);
  if (type === DATETIME) return new Date(value as string);
  if (type === BOOLEAN) return value === true || Number(value) !== 0;
  return value;
}

export function viaDriver(d: Queryable): Sql {
  const native = nativeOf(d);
  if (native)
    return {
      rows: async <T>(q: Prisma.Sql) => rowsOn<T>(native, q),
      run: async (q) => runOn(native, q),
    };
  const query = (q: Prisma.Sql) => ({
    sql: d.provider === "postgres" ? q.text : q.sql,
    args: q.values,
    argTypes: q.values.map(argType),
  });
  return {
    async rows<T>(q: Prisma.Sql) {
      const { columnNames, columnTypes, rows } = await d.queryRaw(query(q));
      return rows.map(
        (row) =>
          Object.fromEntries(
            columnNames.map((name, i) => [name, decode(row[i], columnTypes[i]!)]),
          ) as T,
      );
    },
    run: (q) => d.executeRaw(query(q)),
  };
}

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

/** Runs `fn` in one transaction on the client's own connection (Prisma's $transaction when it has none we can reach). */
export async function transaction<T>(
  client: PrismaClient,
  fn: (sql: Sql) => Promise<T>,
): Promise<T> {
  const driver = await driverOf(client);
  if (!driver) return client.$transaction((tx) => fn(viaPrisma(tx)));
  // What Prisma's transaction manager does for this adapter: BEGIN on start, COMMIT/ROLLBACK as statements, then release the lock.
  const tx = await driver.startTransaction();
  try {
    const result = await fn(viaDriver(tx));
    await tx.executeRaw(statement("COMMIT"));
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

/** Reads and single-statement writes outside a transaction, on the client's own connection when reachable. */
export async function sqlOf(client: PrismaClient): Promise<Sql> {
  const driver = await driverOf(client);
  return driver ? viaDriver(driver) : viaPrisma(client);
}

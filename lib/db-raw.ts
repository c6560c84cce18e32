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
export const isSql = (x: object): x is Sql => "rows" in x && "run" in x;
/** Tests and callers may pass a Prisma client or transaction; the hot path passes an `Sql`. */
export type Db = Sql | Tx;
export const asSql = (x: Db): Sql => (isSql(x) ? x : viaPrisma(x));

/** Through Prisma: for callers that hand over their own Prisma transaction (quiz answers) or a client. */
export function viaPrisma(tx: Tx): Sql {
  return { rows: <T>(q: Prisma.Sql) => tx.$queryRaw<T[]>(q), run: (q) => tx.$executeRaw(q) };
}

/**
 * On the adapter's own better-sqlite3 connection, each statement prepared once (lib/db-prepared.ts).
 * This leans on the adapter's undeclared `client` field (pinned @prisma/adapter-better-sqlite3 6.19,
 * decision 0004); an adapter without it is refused here rather than served by a slower copy of
 * Prisma's value mapping.
 */
export function viaDriver(d: Pick<Driver, "adapterName">): Sql {
  const native = nativeOf(d);
  if (!native)
    throw new Error(
      `lib/db-raw.ts: the ${d.adapterName} adapter exposes no better-sqlite3 connection (its "client" field); ` +
        "check the pinned @prisma/adapter-better-sqlite3 version (decision 0004).",
    );
  return {
    rows: async <T>(q: Prisma.Sql) => rowsOn<T>(native, q),
    run: async (q) => runOn(native, q),
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

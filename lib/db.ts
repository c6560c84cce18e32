/**
 * The one Prisma client, kept on globalThis so Next's dev reloads don't open a new
 * SQLite connection per edit. Driver-adapter mode: no native query engine is downloaded.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { BUSY_TIMEOUT_MS } from "./db-busy";
import { nativeOf } from "./db-prepared";
import { env } from "./env";

/** The connection Prisma itself uses, for hot paths that send SQL straight to it (lib/db-raw.ts). */
/** A client inside an interactive transaction: what every write that must commit together takes. */
export type Tx = Prisma.TransactionClient;

export type Driver = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
const drivers = new WeakMap<PrismaClient, () => Driver | undefined>();

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

/**
 * Every transaction takes the write lock when it begins (BEGIN IMMEDIATE), waiting up to the busy
 * timeout. The adapter's deferred BEGIN would take it at the first write, and in WAL mode a
 * transaction that read before another process committed then fails at once with
 * SQLITE_BUSY_SNAPSHOT (no busy wait helps): the seed beside a running app, a rating beside a seed.
 */
function beginImmediate(driver: Driver): Driver {
  const begin = driver.startTransaction.bind(driver);
  // Prepared once on the connection when it is better-sqlite3 (the adapter would prepare them per call).
  const native = nativeOf(driver);
  const restart = native
    ? [native.prepare("ROLLBACK"), native.prepare("BEGIN IMMEDIATE")]
    : undefined;
  driver.startTransaction = async (isolationLevel) => {
    // Holds this connection's transaction mutex; the deferred BEGIN has taken no lock yet.
    const tx = await begin(isolationLevel);
    try {
      if (restart) for (const step of restart) step.run();
      else {
        await tx.executeRaw(statement("ROLLBACK"));
        await tx.executeRaw(statement("BEGIN IMMEDIATE"));
      }
    } catch (error) {
      await tx.rollback();
      throw error;
    }
    return tx;
  };
  return driver;
}

export function createPrisma(url: string = env.DATABASE_URL): PrismaClient {
  const inner = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  let connected: Driver | undefined;
  // Same factory, but remembers the connection it hands to Prisma: one connection, one transaction lock.
  const adapter: PrismaBetterSQLite3 = Object.assign(Object.create(inner) as PrismaBetterSQLite3, {
    connect: async () => {
      const driver = beginImmediate(await inner.connect());
      const dispose = driver.dispose.bind(driver);
      driver.dispose = () => {
        connected = undefined;
        return dispose();
      };
      return (connected = driver);
    },
    connectToShadowDb: () => inner.connectToShadowDb(),
  });
  const client = new PrismaClient({ adapter });
  drivers.set(client, () => connected);
  return client;
}

/** Prisma's own connection of a client made by createPrisma (connecting it first), or undefined for any other client. */
export async function driverOf(client: PrismaClient): Promise<Driver | undefined> {
  const current = drivers.get(client);
  if (!current) return undefined;
  if (!current()) await client.$connect();
  return current();
}

/** Turns on WAL (persistent in the file) and foreign keys; idempotent. */
export async function tuneSqlite(client: PrismaClient): Promise<void> {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrisma();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;

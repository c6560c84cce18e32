/**
 * The one Prisma client, kept on globalThis so Next's dev reloads don't open a new
 * SQLite connection per edit. Driver-adapter mode: no native query engine is downloaded.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

/** busy_timeout in ms: writers wait for a lock instead of failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/** The connection Prisma itself uses, for hot paths that send SQL straight to it (lib/db-raw.ts). */
export type Driver = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
const drivers = new WeakMap<PrismaClient, () => Driver | undefined>();

export function createPrisma(url: string = env.DATABASE_URL): PrismaClient {
  const inner = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  let connected: Driver | undefined;
  // Same factory, but remembers the connection it hands to Prisma: one connection, one transaction lock.
  const adapter: PrismaBetterSQLite3 = Object.assign(Object.create(inner) as PrismaBetterSQLite3, {
    connect: async () => {
      const driver = await inner.connect();
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

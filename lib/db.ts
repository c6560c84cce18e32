/**
 * The one Prisma client, kept on globalThis so Next's dev reloads don't open a new
 * SQLite connection per edit. Driver-adapter mode: no native query engine is downloaded.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

/** busy_timeout in ms: writers wait for a lock instead of failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

export function createPrisma(url: string = env.DATABASE_URL): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

/** Turns on WAL (persistent in the file) and foreign keys; idempotent. */
export async function tuneSqlite(client: PrismaClient): Promise<void> {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrisma();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;

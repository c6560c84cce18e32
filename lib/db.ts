/**
 * The one Prisma client, kept on globalThis so Next's dev reloads don't open a new connection per
 * edit. DATABASE_URL picks the database: `file:…` SQLite (the embedded default), `postgresql://…`
 * PostgreSQL (lib/db/client.ts). Driver-adapter mode: no native query engine is downloaded.
 * Raw SQL goes through lib/db/sql.ts (re-exported by lib/db-raw.ts).
 */
import { createPrisma as create } from "./db/client";
import type { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

export { backendOf, providerOf, tuneSqlite, type Driver } from "./db/client";
export type { Tx } from "./db/types";

export function createPrisma(url: string = env.DATABASE_URL): PrismaClient {
  return create(url);
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrisma();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;

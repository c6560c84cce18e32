/**
 * Prisma clients for either database, chosen by the URL: `file:…` → SQLite through
 * @prisma/adapter-better-sqlite3, `postgresql://…` → PostgreSQL through @prisma/adapter-pg (a
 * client generated from prisma/postgres/schema.prisma, the same models). Both typed as the SQLite
 * client: the models and their types are the same; only the provider differs.
 * Each client made here remembers its connection (SQLite) or pool (PostgreSQL) for raw SQL (lib/db/sql.ts).
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { BUSY_TIMEOUT_MS } from "../db-busy";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { assertSqliteAdapter, type Native } from "./sqlite";
import type { Provider } from "./types";

export type Driver = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

export type Backend =
  | { provider: "sqlite"; connection: () => Promise<{ driver: Driver; native: Native }> }
  | { provider: "postgresql"; pool: pg.Pool };

const backends = new WeakMap<PrismaClient, Backend>();

export const providerOf = (url: string): Provider =>
  /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";

/**
 * Every SQLite transaction takes the write lock when it begins (BEGIN IMMEDIATE), waiting up to the busy
 * timeout. The adapter's deferred BEGIN would take it at the first write, and in WAL mode a
 * transaction that read before another process committed then fails at once with
 * SQLITE_BUSY_SNAPSHOT (no busy wait helps): the seed beside a running app, a rating beside a seed.
 */
function beginImmediate(driver: Driver, native: Native): Driver {
  const begin = driver.startTransaction.bind(driver);
  // Prepared once on the connection (the adapter would prepare them per call).
  const restart = [native.prepare("ROLLBACK"), native.prepare("BEGIN IMMEDIATE")];
  driver.startTransaction = async (isolationLevel) => {
    // Holds this connection's transaction mutex; the deferred BEGIN has taken no lock yet.
    const tx = await begin(isolationLevel);
    try {
      for (const step of restart) step.run();
    } catch (error) {
      await tx.rollback();
      throw error;
    }
    return tx;
  };
  return driver;
}

function createSqlite(url: string): PrismaClient {
  const inner = new PrismaBetterSQLite3(
    { url, timeout: BUSY_TIMEOUT_MS },
    { timestampFormat: "iso8601" },
  );
  let connected: { driver: Driver; native: Native } | undefined;
  // Same factory, but remembers the connection it hands to Prisma: one connection, one transaction lock.
  const adapter: PrismaBetterSQLite3 = Object.assign(Object.create(inner) as PrismaBetterSQLite3, {
    connect: async () => {
      const raw = await inner.connect();
      const native = assertSqliteAdapter(raw);
      const driver = beginImmediate(raw, native);
      const dispose = driver.dispose.bind(driver);
      driver.dispose = () => {
        connected = undefined;
        return dispose();
      };
      connected = { driver, native };
      return driver;
    },
    connectToShadowDb: () => inner.connectToShadowDb(),
  });
  const client = new PrismaClient({ adapter });
  backends.set(client, {
    provider: "sqlite",
    connection: async () => {
      if (!connected) await client.$connect();
      if (!connected) throw new Error("lib/db/client.ts: Prisma connected without our adapter.");
      return connected;
    },
  });
  return client;
}

/** Connections per process; PostgreSQL's max_connections must cover every process's pool. */
const POOL_SIZE = 10;

function createPostgres(url: string): PrismaClient {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  // An idle connection dropped by the server (restart, failover) must not crash the process.
  // (57P01: terminated by an administrator, e.g. a test database dropped WITH (FORCE): nothing to say.)
  pool.on("error", (error) => {
    if ((error as { code?: string }).code !== "57P01")
      console.warn(`PostgreSQL pool: ${error.message}`);
  });
  const client = new PostgresPrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
  }) as unknown as PrismaClient;
  backends.set(client, { provider: "postgresql", pool });
  return client;
}

export function createPrisma(url: string): PrismaClient {
  return providerOf(url) === "postgresql" ? createPostgres(url) : createSqlite(url);
}

/** How a client made by createPrisma reaches its database, or undefined for any other client. */
export const backendOf = (client: PrismaClient): Backend | undefined => backends.get(client);

/**
 * Turns on WAL (persistent in the file) and foreign keys on SQLite, and refreshes the planner's
 * statistics (sqlite_stat1) of any table that grew or shrank a lot since they were taken, reading
 * at most ~400 rows per index (fast on any size); nothing to do on PostgreSQL (autovacuum analyzes).
 */
export async function tuneSqlite(client: PrismaClient): Promise<void> {
  if (backendOf(client)?.provider === "postgresql") return;
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  await client.$queryRawUnsafe("PRAGMA analysis_limit = 400");
  // 0x10002: analyze every table that needs it, not only those this connection has used.
  await client.$queryRawUnsafe("PRAGMA optimize = 0x10002");
}

/** The URL fit for a log line: a PostgreSQL password replaced by "***". */
export function describeDatabase(url: string): string {
  if (providerOf(url) !== "postgresql") return url;
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

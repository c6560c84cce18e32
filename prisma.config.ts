import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { BUSY_TIMEOUT_MS } from "./lib/db-busy";

// Prisma 6.19 wants a resolvable datasource url even in adapter mode; default it here.
process.env.DATABASE_URL ??= "file:./data/recall-lab.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    // `migrate diff --from-migrations` replays migrations into a shadow DB: a fresh temp file.
    const shadow = path.join(os.tmpdir(), `recall-lab-shadow-${process.pid}.db`);
    rmSync(shadow, { force: true });
    return new PrismaBetterSQLite3(
      // Wait for another process's lock like every other connection (lib/db-busy.ts), not fail at once.
      { url: process.env.DATABASE_URL!, timeout: BUSY_TIMEOUT_MS },
      { shadowDatabaseUrl: `file:${shadow}` },
    );
  },
});

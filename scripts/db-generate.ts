/**
 * `npm run db:generate`: derives prisma/postgres/schema.prisma from prisma/schema.prisma, then
 * generates both clients (lib/generated/prisma for SQLite, lib/generated/prisma-pg for PostgreSQL).
 * `--schema-only` writes the PostgreSQL schema and stops (scripts/new-migration.ts uses it).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA, toPostgresSchema } from "../lib/db/schema-postgres";

mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
writeFileSync(POSTGRES_SCHEMA, toPostgresSchema(readFileSync("prisma/schema.prisma", "utf8")));
if (!process.argv.includes("--schema-only")) {
  const prisma = path.join("node_modules", ".bin", "prisma");
  execFileSync(prisma, ["generate"], { stdio: "inherit" });
  execFileSync(prisma, ["generate", "--config", "prisma.postgres.config.ts"], { stdio: "inherit" });
}

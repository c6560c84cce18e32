/**
 * `npm run db:migration -- <name>`: writes prisma/migrations/<stamp>_<name>/migration.sql.
 * `migrate diff --from-migrations` needs a shadow DB, which the better-sqlite3 adapter can't
 * replay multi-statement migrations into; so each migration keeps a snapshot of the schema it
 * was made from, and we diff snapshot → schema.prisma (no database involved).
 * tests/db/migrations.test.ts proves the migrations still produce exactly the schema.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}
const root = path.join("prisma", "migrations");
const last = readdirSync(root)
  .filter((d) => existsSync(path.join(root, d, "schema.prisma")))
  .sort()
  .at(-1);
if (!last) throw new Error("No migration has a schema.prisma snapshot to diff from.");
const sql = execFileSync(
  "npx",
  [
    "prisma",
    "migrate",
    "diff",
    "--from-schema-datamodel",
    path.join(root, last, "schema.prisma"),
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { encoding: "utf8" },
);
if (!/\b(CREATE|ALTER|DROP|INSERT)\b/.test(sql)) {
  console.log("The schema matches the last migration: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
copyFileSync("prisma/schema.prisma", path.join(dir, "schema.prisma"));
console.log(`Wrote ${dir}/migration.sql — apply with npm run db:migrate.`);

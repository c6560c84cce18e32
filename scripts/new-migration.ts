/**
 * `npm run db:migration -- <name>`: writes the migration for both databases at once,
 * prisma/migrations/<stamp>_<name>/ (SQLite) and prisma/postgres/migrations/<stamp>_<name>/ (PostgreSQL),
 * after deriving prisma/postgres/schema.prisma from prisma/schema.prisma (lib/db/schema-postgres.ts).
 * `migrate diff --from-migrations` needs a shadow DB, which the better-sqlite3 adapter can't
 * replay multi-statement migrations into; so each migration keeps a snapshot of the schema it
 * was made from, and we diff snapshot → schema (no database is changed). For PostgreSQL the
 * schema engine still wants a server to talk to: TEST_POSTGRES_URL if set, else a throwaway
 * cluster from this machine's PostgreSQL binaries (lib/db/postgres-cluster.ts).
 * tests/db/migrations.test.ts proves each provider's migrations produce exactly its schema.
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { startCluster, type Cluster } from "../lib/db/postgres-cluster";
import { POSTGRES_SCHEMA, toPostgresSchema } from "../lib/db/schema-postgres";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}

const prisma = path.join("node_modules", ".bin", "prisma");
const providers = [
  { label: "SQLite", root: path.join("prisma", "migrations"), schema: "prisma/schema.prisma" },
  {
    label: "PostgreSQL",
    root: path.join("prisma", "postgres", "migrations"),
    schema: POSTGRES_SCHEMA,
    config: "prisma.postgres.config.ts",
  },
];

function lastSnapshot(root: string): string {
  const last = readdirSync(root)
    .filter((d) => existsSync(path.join(root, d, "schema.prisma")))
    .sort()
    .at(-1);
  if (!last) throw new Error(`No migration in ${root} has a schema.prisma snapshot to diff from.`);
  return path.join(root, last, "schema.prisma");
}

writeFileSync(POSTGRES_SCHEMA, toPostgresSchema(readFileSync("prisma/schema.prisma", "utf8")));

let cluster: Cluster | undefined;
try {
  const scripts: string[] = [];
  for (const p of providers) {
    const env = { ...process.env };
    if (p.config) {
      if (!process.env.TEST_POSTGRES_URL) cluster ??= await startCluster();
      env.DATABASE_URL = process.env.TEST_POSTGRES_URL || cluster!.url;
    }
    scripts.push(
      execFileSync(
        prisma,
        [
          "migrate",
          "diff",
          ...(p.config ? ["--config", p.config] : []),
          "--from-schema-datamodel",
          lastSnapshot(p.root),
          "--to-schema-datamodel",
          p.schema,
          "--script",
        ],
        { encoding: "utf8", env },
      ),
    );
  }
  const changes = scripts.map((sql) => /\b(CREATE|ALTER|DROP|INSERT)\b/.test(sql));
  if (!changes.some(Boolean)) {
    // Not process.exit: that would skip `finally` and leave the throwaway cluster running.
    console.log("The schema matches the last migration: nothing to write.");
  } else {
    writeMigrations(scripts);
  }
} finally {
  cluster?.stop();
}

function writeMigrations(scripts: string[]) {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  providers.forEach((p, i) => {
    const dir = path.join(p.root, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), scripts[i]!);
    copyFileSync(p.schema, path.join(dir, "schema.prisma"));
    console.log(`Wrote ${dir}/migration.sql (${p.label}).`);
  });
  console.log(
    `Commit prisma/schema.prisma, ${POSTGRES_SCHEMA} and both folders; apply with npm run db:migrate.`,
  );
}

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";
import { POSTGRES_SCHEMA, toPostgresSchema } from "../../lib/db/schema-postgres";
import { dropDatabase, onServer, withDatabase } from "../helpers/postgres";

const onPostgres = Boolean(inject("pgTemplate"));

/** Tables with their columns, foreign keys and indexes (order-insensitive), so two databases can be compared. */
function shape(file: string) {
  const db = new Database(file, { readonly: true });
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name",
    )
    .all() as Array<{ name: string }>;
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const out = tables.map(({ name }) => ({
    name,
    columns: (db.pragma(`table_info("${name}")`) as Array<{ name: string }>)
      .sort(byName)
      .map((c) => ({ ...c, cid: undefined })),
    foreignKeys: (db.pragma(`foreign_key_list("${name}")`) as Array<Record<string, unknown>>)
      .map((f) => JSON.stringify({ ...f, id: undefined, seq: undefined }))
      .sort(),
    indexes: (db.pragma(`index_list("${name}")`) as Array<{ name: string; unique: number }>)
      .sort(byName)
      .map((i) => ({
        name: i.name,
        unique: i.unique,
        columns: (db.pragma(`index_info("${i.name}")`) as Array<{ name: string }>).map(
          (c) => c.name,
        ),
      })),
  }));
  db.close();
  return out;
}

/** The same for PostgreSQL: columns (type, null, default), constraints and indexes as the server prints them, and enums. */
async function pgShape(url: string) {
  return onServer(url, async (c) => {
    const q = async (sql: string) => (await c.query(sql)).rows;
    return {
      columns:
        await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, ordinal_position
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name != '_prisma_migrations'
        ORDER BY table_name, column_name`),
      constraints:
        await q(`SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS def
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
        ORDER BY 1, 2`),
      indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename != '_prisma_migrations' ORDER BY 1, 2`),
      enums: await q(`SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1`),
    };
  });
}

const schemaScript = (schema: string, extra: string[] = [], env = process.env) =>
  execFileSync(
    "npx",
    [
      "prisma",
      "migrate",
      "diff",
      ...extra,
      "--from-empty",
      "--to-schema-datamodel",
      schema,
      "--script",
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env },
  );

describe("migrations", () => {
  it.skipIf(onPostgres)("produce exactly the schema in prisma/schema.prisma (no drift)", () => {
    // The schema as SQL, straight from schema.prisma, applied to an empty file.
    const sql = schemaScript("prisma/schema.prisma");
    const pushed = path.join(mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.db");
    const db = new Database(pushed);
    db.exec(sql);
    db.close();
    const migrated = shape(inject("baseDbPath"));
    expect(migrated.length).toBeGreaterThan(10);
    expect(migrated).toEqual(shape(pushed));
  });

  it.skipIf(onPostgres)(
    "prisma/postgres/schema.prisma is what npm run db:generate derives from prisma/schema.prisma",
    () => {
      const derived = toPostgresSchema(readFileSync("prisma/schema.prisma", "utf8"));
      // A failure here: run npm run db:generate (or db:migration) and commit prisma/postgres/.
      expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(derived);
      expect(derived).toContain('provider = "postgresql"');
    },
  );

  it.runIf(onPostgres)(
    "produce exactly the schema in prisma/postgres/schema.prisma on PostgreSQL (no drift)",
    async () => {
      const server = inject("pgServerUrl");
      // This file's database is a copy of the template the migrations built (tests/helpers/global-setup.ts).
      const migrated = await pgShape(process.env.DATABASE_URL!);
      const sql = schemaScript(POSTGRES_SCHEMA, ["--config", "prisma.postgres.config.ts"], {
        ...process.env,
        DATABASE_URL: server,
      });
      const empty = await onServer(server, async (c) => {
        const name = `${inject("pgPrefix")}pushed`;
        await c.query(`CREATE DATABASE "${name}"`);
        return name;
      });
      try {
        await onServer(withDatabase(server, empty), (c) => c.query(sql));
        const pushed = await pgShape(withDatabase(server, empty));
        expect(migrated.columns.length).toBeGreaterThan(50);
        expect(migrated).toEqual(pushed);
      } finally {
        await dropDatabase(server, empty);
      }
    },
  );
});

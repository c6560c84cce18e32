import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";

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

describe("migrations", () => {
  it("produce exactly the schema in prisma/schema.prisma (no drift)", () => {
    // The schema as SQL, straight from schema.prisma, applied to an empty file.
    const sql = execFileSync(
      "npx",
      [
        "prisma",
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    const pushed = path.join(mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.db");
    const db = new Database(pushed);
    db.exec(sql);
    db.close();
    const migrated = shape(inject("baseDbPath"));
    expect(migrated.length).toBeGreaterThan(10);
    expect(migrated).toEqual(shape(pushed));
  });
});

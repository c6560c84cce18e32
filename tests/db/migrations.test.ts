import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";

/** Every table and index definition, normalised, so two databases can be compared. */
function shape(file: string) {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name").all() as Array<{ type: string; name: string; sql: string | null }>;
  db.close();
  return rows.map((r) => ({ ...r, sql: (r.sql ?? "").replace(/\s+/g, " ") }));
}

describe("migrations", () => {
  it("produce exactly the schema in prisma/schema.prisma (no drift)", () => {
    // The schema as SQL, straight from schema.prisma, applied to an empty file.
    const sql = execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const pushed = path.join(mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.db");
    const db = new Database(pushed);
    db.exec(sql);
    db.close();
    const migrated = shape(inject("baseDbPath"));
    expect(migrated.length).toBeGreaterThan(10);
    expect(migrated).toEqual(shape(pushed));
  });
});

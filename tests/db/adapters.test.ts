/**
 * The raw-SQL paths lean on the driver adapters' internals (lib/db/sqlite.ts, lib/db/postgres.ts):
 * the versions are pinned exactly, the start-up check refuses a connection without them, and the
 * values our SQLite path binds are the text the adapter itself writes.
 */
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";
import { backendOf } from "../../lib/db";
import { sqlOf } from "../../lib/db-raw";
import { Prisma } from "../../lib/generated/prisma/client";
import { assertSqliteAdapter } from "../../lib/db/sqlite";
import { testPrisma } from "../helpers/db";
import { makeUser } from "../srs/helpers";

const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, "utf8")) as { version: string })
    .version;
const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const onPostgres = Boolean(inject("pgTemplate"));

describe("driver adapters", () => {
  it("are pinned exactly, at the version of the Prisma client and CLI", () => {
    const prisma = versionOf("@prisma/client");
    for (const adapter of ["@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"]) {
      expect(manifest.dependencies[adapter]).toBe(prisma);
      expect(versionOf(adapter)).toBe(prisma);
    }
    expect(versionOf("prisma")).toBe(prisma);
  });

  it("refuses at connect an adapter without the better-sqlite3 connection the fast path uses", () => {
    expect(() => assertSqliteAdapter({ adapterName: "@prisma/adapter-better-sqlite3" })).toThrow(
      /exposes no better-sqlite3 Database.*6\.19\.3/,
    );
  });

  it("runs each test file on the database the project names", async () => {
    const prisma = await testPrisma();
    expect(backendOf(prisma)?.provider).toBe(onPostgres ? "postgresql" : "sqlite");
  });

  it.skipIf(onPostgres)(
    "binds an instant as the same text the adapter writes, so raw comparisons see Prisma's rows",
    async () => {
      const prisma = await testPrisma();
      const user = await makeUser(prisma);
      const at = new Date("2026-03-04T05:06:07.089Z");
      await prisma.user.update({ where: { id: user.id }, data: { createdAt: at } });
      const file = new Database(process.env.DATABASE_URL!.replace(/^file:/, ""), {
        readonly: true,
      });
      const stored = file
        .prepare('SELECT "createdAt" FROM "User" WHERE id = ?')
        .pluck()
        .get(user.id);
      file.close();
      expect(stored).toBe("2026-03-04T05:06:07.089+00:00");
      const sql = await sqlOf(prisma);
      const [same] = await sql.rows<{ n: number }>(
        Prisma.sql`SELECT COUNT(*) AS n FROM "User" WHERE "id" = ${user.id} AND "createdAt" = ${at}`,
      );
      expect(same?.n).toBe(1);
    },
  );

  it("compares instants the same way on either database", async () => {
    const prisma = await testPrisma();
    const user = await makeUser(prisma);
    const at = new Date("2026-03-04T05:06:07.089Z");
    await prisma.user.update({ where: { id: user.id }, data: { createdAt: at } });
    const sql = await sqlOf(prisma);
    const count = async (op: string, when: Date) =>
      (
        await sql.rows<{ n: number }>(
          Prisma.sql`SELECT COUNT(*) AS "n" FROM "User" WHERE "id" = ${user.id} AND "createdAt" ${Prisma.raw(op)} ${when}`,
        )
      )[0]?.n;
    expect(await count("=", at)).toBe(1);
    expect(await count("<", new Date(at.getTime() + 1))).toBe(1);
    expect(await count(">", new Date(at.getTime() - 1))).toBe(1);
    expect(await count("<", at)).toBe(0);
    const [row] = await sql.rows<{ createdAt: Date }>(
      Prisma.sql`SELECT "createdAt" FROM "User" WHERE "id" = ${user.id}`,
    );
    expect(row?.createdAt).toEqual(at);
  });
});

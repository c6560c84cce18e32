/**
 * Migrations beside a running app: Prisma's migrate deploy needs the database to itself, so it runs
 * only when a migration is pending (read from _prisma_migrations), and says in one line what to do
 * when one is pending while another process has the file open.
 */
import { copyFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";
import {
  migrateDeploy,
  MigrationsBlockedError,
  pendingMigrations,
} from "../../lib/content/migrate";

const dir = mkdtempSync(path.join(os.tmpdir(), "recall-migrations-"));
const copy = (name: string) => {
  const file = path.join(dir, name);
  copyFileSync(inject("baseDbPath"), file);
  return file;
};
/** An open connection that has read, as the running app's has. */
const openLikeTheApp = (file: string) => {
  const app = new Database(file);
  app.pragma("journal_mode = WAL");
  app.prepare("SELECT COUNT(*) FROM _prisma_migrations").get();
  return app;
};

describe("migrations beside a running app", () => {
  it("none pending: nothing runs, even with the database open elsewhere", () => {
    const file = copy("current.db");
    const app = openLikeTheApp(file);
    try {
      expect(pendingMigrations(`file:${file}`)).toEqual([]);
      expect(migrateDeploy(`file:${file}`)).toEqual([]);
    } finally {
      app.close();
    }
  });

  it("lists what is pending: every migration for a new file, the unapplied one otherwise", () => {
    const all = pendingMigrations(`file:${path.join(dir, "new.db")}`);
    expect(all.length).toBeGreaterThan(4);
    const file = copy("behind.db");
    const db = new Database(file);
    db.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(all.at(-1));
    db.prepare(
      "UPDATE _prisma_migrations SET rolled_back_at = finished_at WHERE migration_name = ?",
    ).run(all[0]);
    db.close();
    expect(pendingMigrations(`file:${file}`)).toEqual([all[0], all.at(-1)]);
  });

  it("pending while the app has the file open: one line naming them and what to do", () => {
    const all = pendingMigrations(`file:${path.join(dir, "new.db")}`);
    const file = copy("blocked.db");
    const setup = new Database(file);
    setup.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(all.at(-1));
    setup.close();
    const app = openLikeTheApp(file);
    try {
      let error: unknown;
      try {
        migrateDeploy(`file:${file}`);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(MigrationsBlockedError);
      const message = (error as Error).message;
      expect(message).not.toContain("\n");
      expect(message).toContain(all.at(-1));
      expect(message).toMatch(/stop the running app, then run npm run db:seed/);
    } finally {
      app.close();
    }
  });
});

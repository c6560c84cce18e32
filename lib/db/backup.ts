/**
 * Consistent copies of a live database, and restoring one into an empty database.
 * SQLite: better-sqlite3's online backup API, copying every page in one step from one read
 * snapshot (WAL mode: the app keeps writing meanwhile).
 * PostgreSQL: pg_dump's custom format (one snapshot at its start) and pg_restore.
 */
import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { BUSY_TIMEOUT_MS } from "../db-busy";
import { providerOf } from "./client";
import { postgresBinDir } from "./postgres-cluster";

const run = promisify(execFile);

export class BackupError extends Error {}

const sqliteFile = (url: string) => path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));

/** The pg_dump/pg_restore to use: the server binaries' directory when there is one, else PATH. */
const pgTool = (name: "pg_dump" | "pg_restore") => {
  const dir = postgresBinDir();
  return dir && existsSync(path.join(dir, name)) ? path.join(dir, name) : name;
};

/** Writes a consistent copy of the database at `url` to `dest` (which must not exist). */
export async function backupDatabase(url: string, dest: string): Promise<void> {
  if (existsSync(dest)) throw new BackupError(`${dest} exists already: name a new file.`);
  if (providerOf(url) === "postgresql") {
    await run(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--file", dest, url]);
    return;
  }
  const file = sqliteFile(url);
  if (!existsSync(file)) throw new BackupError(`no SQLite database at ${file}`);
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    // All pages in one step: a step reads one snapshot (WAL lets the app write meanwhile), where small
    // steps restart whenever the app commits between them and, with ratings streaming in, never finish.
    await db.backup(dest, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } finally {
    db.close();
  }
}

async function postgresIsEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'",
    );
    return rows[0].n === 0;
  } finally {
    await client.end();
  }
}

/** Restores a backup made by backupDatabase into the empty (or, for SQLite, not yet existing) database at `url`. */
export async function restoreDatabase(url: string, src: string): Promise<void> {
  if (!existsSync(src)) throw new BackupError(`no backup at ${src}`);
  if (providerOf(url) === "postgresql") {
    if (!(await postgresIsEmpty(url)))
      throw new BackupError(
        "the target database has tables: restore into a new, empty database (createdb) and point DATABASE_URL at it.",
      );
    await run(pgTool("pg_restore"), ["--no-owner", "--exit-on-error", "--dbname", url, src]);
    return;
  }
  const file = sqliteFile(url);
  if (existsSync(file) && statSync(file).size > 0)
    throw new BackupError(
      `${file} exists already: restore into a new file (set DATABASE_URL to it), then swap it in with the app stopped.`,
    );
  const backup = new Database(src, { readonly: true, fileMustExist: true });
  try {
    const check = backup.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new BackupError(`${src} is damaged: ${String(check)}`);
    await backup.backup(file);
  } finally {
    backup.close();
  }
}

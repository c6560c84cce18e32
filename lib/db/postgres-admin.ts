/** Making and dropping PostgreSQL databases on a server (tests, benchmarks, backups); never used by the app itself. */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { migratePostgres } from "./migrate-postgres";

/** The same server URL naming another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function onServer<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quoted = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  return `"${name}"`;
};

/** An empty database (or a copy of `template`: CREATE DATABASE … TEMPLATE, a file-level copy, no migrations replayed). */
export async function createDatabase(
  serverUrl: string,
  prefix: string,
  template?: string,
): Promise<{ name: string; url: string }> {
  const name = `${prefix}${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await onServer(serverUrl, (c) =>
    c.query(`CREATE DATABASE ${quoted(name)}${template ? ` TEMPLATE ${quoted(template)}` : ""}`),
  );
  return { name, url: withDatabase(serverUrl, name) };
}

/** A new database with every migration applied. */
export async function createMigratedDatabase(serverUrl: string, prefix: string) {
  const made = await createDatabase(serverUrl, prefix);
  await migratePostgres(made.url);
  return made;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`));
}

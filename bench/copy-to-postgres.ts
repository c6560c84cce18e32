/** Copies every table of a SQLite bench database into a migrated PostgreSQL one (bench/review.ts), in batches, foreign keys off while copying. */
import type Database from "better-sqlite3";
import pg from "pg";

const BATCH_PARAMS = 30_000;

export async function copyToPostgres(sqlite: Database.Database, url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let copied = 0;
  try {
    const tables = (
      sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations'",
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    await client.query("BEGIN");
    // Foreign keys and triggers off for the copy (the server is ours, we are its superuser).
    await client.query("SET LOCAL session_replication_role = replica");
    for (const table of tables) {
      const types = new Map(
        (
          await client.query<{ column_name: string; data_type: string }>(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
            [table],
          )
        ).rows.map((r) => [r.column_name, r.data_type]),
      );
      const columns = [...types.keys()];
      const convert = columns.map((c) =>
        types.get(c) === "boolean"
          ? (v: unknown) => (v === null ? null : v === 1)
          : (v: unknown) => v,
      );
      const rows = sqlite
        .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(", ")} FROM "${table}"`)
        .raw(true)
        .all() as unknown[][];
      const perBatch = Math.max(1, Math.floor(BATCH_PARAMS / columns.length));
      for (let i = 0; i < rows.length; i += perBatch) {
        const batch = rows.slice(i, i + perBatch);
        const values: unknown[] = [];
        const tuples = batch.map((row) => {
          const marks = row.map((v, j) => {
            values.push(convert[j]!(v));
            return `$${values.length}`;
          });
          return `(${marks.join(", ")})`;
        });
        await client.query(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`,
          values,
        );
      }
      copied += rows.length;
    }
    await client.query("COMMIT");
    await client.query("ANALYZE");
    return copied;
  } finally {
    await client.end();
  }
}

/** Applies pending migrations to the database a URL names: SQLite (file:) or PostgreSQL (postgresql://). */
import { migrateDeploy } from "../content/migrate";
import { migratePostgres } from "./migrate-postgres";

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/** Returns the migrations it applied. */
export async function migrate(url: string, cwd = process.cwd()): Promise<string[]> {
  return isPostgresUrl(url) ? migratePostgres(url, cwd) : migrateDeploy(url, cwd);
}

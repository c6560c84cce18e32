/**
 * The few SQL expressions that differ between SQLite and PostgreSQL, for the database DATABASE_URL
 * names (the one every client of this process uses; tests set it per file before this is read).
 * Everything else in raw SQL is written portably (lib/db/sql.ts).
 */
import { Prisma } from "../generated/prisma/client";
import { env } from "../env";
import { providerOf } from "./client";
import type { Provider } from "./types";

export interface Dialect {
  provider: Provider;
  /** A timestamp column as UTC text up to the hour ("2026-12-01T14") or minute ("2026-12-01T14:05"). */
  truncatedText(column: Prisma.Sql, to: "hour" | "minute"): Prisma.Sql;
}

const sqlite: Dialect = {
  provider: "sqlite",
  // Stored as ISO text with an offset (timestampFormat "iso8601"); strftime reads it as an instant.
  truncatedText: (column, to) =>
    Prisma.sql`strftime(${Prisma.raw(to === "hour" ? "'%Y-%m-%dT%H'" : "'%Y-%m-%dT%H:%M'")}, ${column})`,
};

const postgresql: Dialect = {
  provider: "postgresql",
  // timestamp(3) without zone, holding UTC.
  truncatedText: (column, to) =>
    Prisma.sql`to_char(${column}, ${Prisma.raw(to === "hour" ? `'YYYY-MM-DD"T"HH24'` : `'YYYY-MM-DD"T"HH24:MI'`)})`,
};

export const dialectOf = (provider: Provider): Dialect =>
  provider === "postgresql" ? postgresql : sqlite;

/** The dialect of this process's database. */
export const dialect = (): Dialect => dialectOf(providerOf(env.DATABASE_URL));

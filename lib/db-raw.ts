/** Raw SQL on either database: see lib/db/sql.ts (kept so existing imports stay short). */
export * from "./db/sql";

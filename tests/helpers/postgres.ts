/** The PostgreSQL test pass (vitest project "integration-pg"): one template database built from the migrations, a copy per test file. */
export { createDatabase, dropDatabase, onServer, withDatabase } from "../../lib/db/postgres-admin";

/** The project that runs the integration suite on PostgreSQL. */
export const PG_PROJECT = "integration-pg";

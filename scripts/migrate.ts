/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (SQLite or PostgreSQL). */
import { migrate } from "../lib/db/migrate";
import { env } from "../lib/env";

const applied = await migrate(env.DATABASE_URL);
console.log(
  applied.length
    ? `Applied ${applied.join(", ")}.`
    : "No pending migrations: the schema is current.",
);

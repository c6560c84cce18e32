/**
 * `npm run db:seed`: apply pending migrations, load content/ into the database, create demo users
 * when asked. Safe beside the running app: its transaction takes the write lock first (lib/db.ts).
 * Content is loaded and checked before anything touches the database: a problem is listed by file,
 * item and field (lib/content/errors.ts) and nothing is written.
 */
import "./local-env";
import { mkdirSync } from "node:fs";
import { ContentError } from "../lib/content/errors";
import { DEFAULT_CONTENT_DIR, loadContent } from "../lib/content/load";
import { MigrationsBlockedError } from "../lib/content/migrate";
import { describeDatabase } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { seedContent } from "../lib/seed/seed";
import { createPrisma, tuneSqlite } from "../lib/db";
import { BUSY_TIMEOUT_MS, isBusyError } from "../lib/db-busy";
import { env } from "../lib/env";
import { ensureDemoUsers } from "../lib/users/create";
import { runIfEntry } from "./entry";

/** `contentDir` is for tests; the command always seeds content/. */
export async function main(_argv: string[], contentDir = DEFAULT_CONTENT_DIR): Promise<number> {
  mkdirSync("data", { recursive: true });
  const started = performance.now();
  try {
    const courses = await loadContent(contentDir);
    await migrate(env.DATABASE_URL);
    const prisma = createPrisma();
    try {
      await tuneSqlite(prisma);
      const stats = await seedContent(prisma, courses);
      console.log(
        `Seeded ${describeDatabase(env.DATABASE_URL)}: ${stats.created} created, ${stats.updated} updated, ${stats.archived} archived, ${stats.unchanged} unchanged (${Math.round(performance.now() - started)} ms).`,
      );
      if (env.NODE_ENV === "development" || env.SEED_DEMO_USERS === "1") {
        for (const user of await ensureDemoUsers(prisma)) {
          console.log(`Demo ${user.role.toLowerCase()} created: ${user.email} / ${user.password}`);
        }
      }
    } finally {
      await prisma.$disconnect();
    }
    return 0;
  } catch (error) {
    // One line that says what is wrong and what to do, not a driver stack.
    if (error instanceof ContentError)
      console.error(`${error.message}\nNothing was written to the database.`);
    else if (error instanceof MigrationsBlockedError) console.error(error.message);
    else if (isBusyError(error))
      console.error(
        `The database ${describeDatabase(env.DATABASE_URL)} is busy: another process held its write lock for over ${BUSY_TIMEOUT_MS / 1000} s (another seed or import?); run npm run db:seed again when it has finished.`,
      );
    else throw error;
    return 1;
  }
}

runIfEntry(import.meta.url, main);

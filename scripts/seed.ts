/** `npm run db:seed`: apply migrations, load content/ into the database, create demo users when asked. */
import "./local-env";
import { mkdirSync } from "node:fs";
import { ContentError } from "../lib/content/errors";
import { loadContent } from "../lib/content/load";
import { migrateDeploy } from "../lib/content/migrate";
import { seedContent } from "../lib/content/seed";
import { createPrisma, tuneSqlite } from "../lib/db";
import { env } from "../lib/env";
import { ensureDemoUsers } from "../lib/users/create";

mkdirSync("data", { recursive: true });
const started = performance.now();
try {
  const courses = await loadContent();
  migrateDeploy(env.DATABASE_URL);
  const prisma = createPrisma();
  await tuneSqlite(prisma);
  const stats = await seedContent(prisma, courses);
  console.log(
    `Seeded ${env.DATABASE_URL}: ${stats.created} created, ${stats.updated} updated, ${stats.archived} archived, ${stats.unchanged} unchanged (${Math.round(performance.now() - started)} ms).`,
  );
  if (env.NODE_ENV === "development" || env.SEED_DEMO_USERS === "1") {
    for (const user of await ensureDemoUsers(prisma)) {
      console.log(`Demo ${user.role.toLowerCase()} created: ${user.email} / ${user.password}`);
    }
  }
  await prisma.$disconnect();
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`${error.message}\nNothing was written to the database.`);
  process.exitCode = 1;
}

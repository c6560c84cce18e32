/** `npm run db:restore -- <file>`: restores a db:backup copy into DATABASE_URL, which must be new and empty. */
import "./local-env";
import { restoreDatabase, BackupError } from "../lib/db/backup";
import { describeDatabase } from "../lib/db/client";
import { env } from "../lib/env";

const src = process.argv[2];
if (!src) {
  console.error(
    "Usage: npm run db:restore -- <backup file>   (into DATABASE_URL, a new empty database)",
  );
  process.exit(2);
}
try {
  await restoreDatabase(env.DATABASE_URL, src);
  console.log(`Restored ${src} into ${describeDatabase(env.DATABASE_URL)}.`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

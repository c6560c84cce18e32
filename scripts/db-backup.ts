/** `npm run db:backup -- [file]`: a consistent copy of DATABASE_URL while the app runs (default: backups/<stamp>.db or .dump). */
import "./local-env";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { backupDatabase, BackupError } from "../lib/db/backup";
import { describeDatabase, providerOf } from "../lib/db/client";
import { env } from "../lib/env";

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dest =
  process.argv[2] ??
  path.join(
    "backups",
    `recall-lab-${stamp}.${providerOf(env.DATABASE_URL) === "postgresql" ? "dump" : "db"}`,
  );
mkdirSync(path.dirname(dest), { recursive: true });
try {
  await backupDatabase(env.DATABASE_URL, dest);
  console.log(`Backed up ${describeDatabase(env.DATABASE_URL)} to ${dest}.`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

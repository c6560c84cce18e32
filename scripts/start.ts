/**
 * `npm start`: everything a fresh machine needs, then the app on http://localhost:3000.
 * Generates the secret into .env.local, migrates and seeds SQLite (demo users on by default),
 * builds when the sources changed since the last build, and serves the production build on
 * 127.0.0.1 (HOST opens it up). Anything in the way is one line saying what to do.
 * With PostgreSQL nothing is generated: the settings every process shares must come from the
 * environment (lib/env.ts sharedSettingsProblem), and start refuses without them.
 * On SQLite a second server on the same file stops here too (lib/db/serving-lock.ts).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseEnv as parseDotenv } from "node:util";
import { servingLockProblem } from "../lib/db/serving-lock";
import { EnvError, parseEnv, sharedSettingsProblem } from "../lib/env";
import { buildStamp } from "./build-stamp";
import { ensureSecrets } from "./ensure-secrets";
import { portProblem, publicUrl, serverArgs } from "./serve-address";

const stop = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv) => {
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  // The step has printed its own message (the seed's is one line: busy, blocked, bad content).
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const local = existsSync(".env.local") ? parseDotenv(readFileSync(".env.local", "utf8")) : {};
const postgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? local.DATABASE_URL ?? "");
if (postgres) {
  // Several processes may serve this database: nothing per checkout, every shared setting given.
  const missing = sharedSettingsProblem({ ...local, ...process.env });
  if (missing) stop(missing);
} else {
  const secrets = ensureSecrets();
  if (secrets.removed)
    console.log(`Removed ${secrets.removed} from .env.local: NEXTAUTH_URL now follows PORT.`);
  if (secrets.added.length > 0) console.log(`Wrote ${secrets.added.join(" and ")} to .env.local.`);
}
if (existsSync(".env.local")) process.loadEnvFile(".env.local");

let settings;
try {
  settings = parseEnv(process.env);
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  stop(error.message);
}
const { HOST: host, PORT: port } = settings!;
// Before seeding or building: a second npm start stops here.
const problem = (await portProblem(host, port)) ?? servingLockProblem(settings!.DATABASE_URL);
if (problem) stop(problem);

const env = {
  ...process.env,
  NEXTAUTH_URL: publicUrl(host, port, process.env.NEXTAUTH_URL),
};
run("npx", ["tsx", "scripts/seed.ts"], {
  ...env,
  SEED_DEMO_USERS: process.env.SEED_DEMO_USERS ?? "1",
});

const stampFile = ".next/recall-lab-build-stamp";
const stamp = buildStamp();
if (
  !existsSync(".next/BUILD_ID") ||
  !existsSync(stampFile) ||
  readFileSync(stampFile, "utf8") !== stamp
) {
  console.log("Building the app (first start or sources changed)…");
  run("npx", ["next", "build"], { ...env, NODE_ENV: "production" });
  writeFileSync(stampFile, stamp);
}

console.log(`Recall Lab: ${env.NEXTAUTH_URL}`);
const server = spawn("npx", serverArgs(host, port), {
  stdio: "inherit",
  env: { ...env, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

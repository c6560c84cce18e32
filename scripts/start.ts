/**
 * `npm start`: everything a fresh machine needs, then the app on http://localhost:3000.
 * Generates secrets into .env.local, migrates and seeds SQLite (demo users on by default),
 * builds when the sources changed since the last build, and serves the production build.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { buildStamp } from "./build-stamp";
import { ensureSecrets } from "./ensure-secrets";

const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const added = ensureSecrets();
if (added.length > 0) console.log(`Wrote ${added.join(" and ")} to .env.local.`);
process.loadEnvFile(".env.local");

run("npx", ["tsx", "scripts/seed.ts"], {
  ...process.env,
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
  run("npx", ["next", "build"], { ...process.env, NODE_ENV: "production" });
  writeFileSync(stampFile, stamp);
}

const port = process.env.PORT ?? "3000";
console.log(`Recall Lab: http://localhost:${port}`);
const server = spawn("npx", ["next", "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

/**
 * Starts the production build of the app on a free port against its own seeded SQLite file.
 * Builds first when the sources changed since the last build (the same stamp as npm start).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { buildStamp } from "../../scripts/build-stamp";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

function must(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(cmd, args, { env, encoding: "utf8", stdio: "pipe" });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

export function ensureBuild() {
  const stampFile = ".next/recall-lab-build-stamp";
  const stamp = buildStamp();
  if (existsSync(".next/BUILD_ID") && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return;
  must("npx", ["next", "build"], { ...process.env, NODE_ENV: "production" });
  writeFileSync(stampFile, stamp);
}

export interface AppServer { baseURL: string; databaseUrl: string; stop(): Promise<void> }

export async function startApp(): Promise<AppServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-lab-e2e-"));
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
    NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
    NEXTAUTH_URL: `http://localhost:${port}`,
    SEED_DEMO_USERS: "1",
    PORT: String(port),
  };
  must("npx", ["tsx", "scripts/seed.ts"], env);
  ensureBuild();
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port)], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const baseURL = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${log}`);
    const ok = await fetch(baseURL).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseURL,
    databaseUrl: env.DATABASE_URL,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((r) => setTimeout(r, 200));
    },
  };
}

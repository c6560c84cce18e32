/**
 * Starts the production build of the app on a free port against its own seeded SQLite file.
 * Builds first when the sources changed since the last build (the same stamp as npm start).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
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

/**
 * Builds the app into .next-e2e/<stamp> unless that exact source state was built already.
 * A lock directory serialises concurrent test runs; different source states get separate folders.
 */
export async function ensureBuild(): Promise<string> {
  const stamp = buildStamp().slice(0, 16);
  const distDir = path.join(".next-e2e", stamp);
  const lock = `${distDir}.lock`;
  mkdirSync(".next-e2e", { recursive: true });
  for (;;) {
    try { mkdirSync(lock); break; } catch {
      // Another run is building; a lock older than 15 minutes is from a crashed run.
      if (Date.now() - statSync(lock).mtimeMs > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    if (!existsSync(path.join(distDir, "BUILD_ID"))) {
      must("npx", ["next", "build"], { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: distDir });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return distDir;
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
  const distDir = await ensureBuild();
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port)], { env: { ...env, NEXT_DIST_DIR: distDir }, stdio: ["ignore", "pipe", "pipe"], detached: true });
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

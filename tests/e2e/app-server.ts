/**
 * Starts the production build of the app on a free port against its own seeded SQLite file.
 * Builds first when the sources changed since the last build (the same stamp as npm start).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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

const DIST_DIR = ".next-e2e";
const LOCK = `${DIST_DIR}.lock`;

const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

/**
 * One browser-test run at a time per checkout: the lock is held from build to teardown, so a
 * parallel run never rebuilds .next-e2e under a running server. A dead owner's lock is taken over.
 */
async function acquireLock(): Promise<() => void> {
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(path.join(LOCK, "pid"), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      const owner = Number(readFileSync(path.join(LOCK, "pid"), { encoding: "utf8", flag: "a+" }) || 0);
      if ((owner && !alive(owner)) || (!owner && Date.now() - statSync(LOCK).mtimeMs > 60_000)) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${LOCK} is held by process ${owner}; remove it if no browser test is running.`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

/** Builds into .next-e2e unless that exact source state (build-stamp) was built already. */
function ensureBuild() {
  const stampFile = path.join(DIST_DIR, "recall-lab-build-stamp");
  const stamp = buildStamp();
  if (existsSync(path.join(DIST_DIR, "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return;
  must("npx", ["next", "build"], { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: DIST_DIR, NEXT_SKIP_TYPECHECK: "1" });
  writeFileSync(stampFile, stamp);
}

function stopServer(child: ChildProcess) {
  if (child.pid && child.exitCode === null) { try { process.kill(-child.pid, "SIGTERM"); } catch { /* already gone */ } }
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
  const release = await acquireLock();
  try {
    must("npx", ["tsx", "scripts/seed.ts"], env);
    ensureBuild();
  } catch (error) {
    release();
    throw error;
  }
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port)], { env: { ...env, NEXT_DIST_DIR: DIST_DIR }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const baseURL = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) { release(); throw new Error(`next start exited early:\n${log}`); }
    const ok = await fetch(baseURL).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) { stopServer(child); release(); throw new Error(`next start did not answer within 60 s:\n${log}`); }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseURL,
    databaseUrl: env.DATABASE_URL,
    stop: async () => {
      stopServer(child);
      await new Promise((r) => setTimeout(r, 300));
      release();
    },
  };
}

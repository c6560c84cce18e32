/**
 * Starts the production build of the app on a free port against its own seeded SQLite file.
 * Builds first when the sources changed since the last build (the same stamp as npm start).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { acquireBuildLock, DIST_DIR, ensureServeBuild, freePort } from "../../scripts/serve-build";
import { bin } from "../helpers/bin";

function must(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(cmd, args, { env, encoding: "utf8", stdio: "pipe" });
  if (result.status !== 0)
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

function stopServer(child: ChildProcess) {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}

export interface AppServer {
  baseURL: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

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
  const release = await acquireBuildLock();
  try {
    must(bin("tsx"), ["scripts/seed.ts"], env);
    ensureServeBuild();
  } catch (error) {
    release();
    throw error;
  }
  const child: ChildProcess = spawn(bin("next"), ["start", "-p", String(port)], {
    env: { ...env, NEXT_DIST_DIR: DIST_DIR },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const baseURL = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      release();
      throw new Error(`next start exited early:\n${log}`);
    }
    const ok = await fetch(baseURL).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      stopServer(child);
      release();
      throw new Error(`next start did not answer within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseURL,
    databaseUrl: env.DATABASE_URL,
    stop: async () => {
      // The build lock is released once the server is gone, not after a guessed delay.
      const exited = new Promise((r) => child.once("exit", r));
      stopServer(child);
      const stubborn = setTimeout(() => {
        if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
      }, 15_000);
      if (child.exitCode === null) await exited;
      clearTimeout(stubborn);
      release();
    },
  };
}

/**
 * Starts the production build of the app on a free port against its own seeded SQLite file.
 * Builds first when the sources changed since the last build (the same stamp as npm start).
 * Seed and build run in child processes, so the caller's event loop keeps going meanwhile (the
 * browser tests' global setup starts them and lets the integration tests run during the build).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { acquireBuildLock, DIST_DIR, freePort } from "../../scripts/serve-build";
import { bin } from "../helpers/bin";

/** Runs a command to its end without blocking; its output only if it fails. */
function must(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${cmd} ${args.join(" ")} failed (${signal ?? code}):\n${out}`)),
    );
  });
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

/** The app's NEXTAUTH_SECRET: createLearner (session.ts) signs its session cookies with it. */
export const E2E_SECRET = "e2e-secret-e2e-secret-e2e-secret-0123456789";

export interface AppServer {
  baseURL: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

/** The app's address and database at once; `ready` settles when it answers (or its start failed). */
export interface LaunchingApp extends AppServer {
  ready: Promise<void>;
}

/** Seeds, builds (when the sources changed) and starts the app; waits for it to answer. */
export async function startApp(): Promise<AppServer> {
  const app = await launchApp();
  await app.ready;
  return app;
}

export async function launchApp(): Promise<LaunchingApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-lab-e2e-"));
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
    NEXTAUTH_SECRET: E2E_SECRET,
    NEXTAUTH_URL: `http://localhost:${port}`,
    SEED_DEMO_USERS: "1",
    PORT: String(port),
  };
  let child: ChildProcess | undefined;
  let release = () => {};
  const baseURL = `http://localhost:${port}`;
  const start = async () => {
    release = await acquireBuildLock();
    await must(bin("tsx"), ["scripts/seed.ts"], env);
    // The build's environment is this process's, as when it ran in-process (not the server's).
    await must(bin("tsx"), [path.join(import.meta.dirname, "build-app.ts")], process.env);
    const server = spawn(bin("next"), ["start", "-p", String(port)], {
      env: { ...env, NEXT_DIST_DIR: DIST_DIR },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    child = server;
    let log = "";
    server.stdout?.on("data", (d) => (log += d));
    server.stderr?.on("data", (d) => (log += d));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`next start exited early:\n${log}`);
      const ok = await fetch(baseURL).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${log}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const stop = async () => {
    // The build lock is released once the server is gone, not after a guessed delay.
    if (child && child.exitCode === null) {
      const running = child;
      const exited = new Promise((r) => running.once("exit", r));
      stopServer(running);
      const stubborn = setTimeout(() => {
        if (running.pid && running.exitCode === null) process.kill(-running.pid, "SIGKILL");
      }, 15_000);
      await exited;
      clearTimeout(stubborn);
    }
    release();
  };
  const ready = start().catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  // Whoever awaits `ready` sees a failure; an unawaited one must not crash the process meanwhile.
  ready.catch(() => {});
  return {
    baseURL,
    databaseUrl: env.DATABASE_URL,
    ready,
    stop: async () => {
      await ready.catch(() => {});
      await stop();
    },
  };
}

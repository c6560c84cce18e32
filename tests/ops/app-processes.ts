/**
 * Real `next start` processes of the browser tests' production build (.next-e2e), for the tests
 * of several processes and of shutdown (decision 0018), and bench:scale. Each test starts as many
 * as it needs on the database it names.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildStamp } from "../../scripts/build-stamp";
import { DIST_DIR, ensureServeBuild, freePort } from "../../scripts/serve-build";

export const repo = path.resolve(import.meta.dirname, "../..");
export const SECRET = "processes-secret-processes-secret-0123456789";
export const ACTIONS_KEY = Buffer.alloc(32, 42).toString("base64");

const LOCK = path.join(repo, `${DIST_DIR}.lock`);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const current = () => {
  const stamp = path.join(repo, DIST_DIR, "recall-lab-build-stamp");
  return (
    existsSync(path.join(repo, DIST_DIR, "BUILD_ID")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === buildStamp()
  );
};

/**
 * The build to serve: .next-e2e once it is current for these sources. The browser tests' server
 * holds the build lock for its whole run, so this never waits for the lock itself: it builds
 * under it only when nobody holds it, and otherwise waits for whoever holds it to finish building.
 * TEST_APP_DIST_DIR names another build (made with NEXT_DIST_DIR) instead.
 */
export async function serveBuild(): Promise<string> {
  if (process.env.TEST_APP_DIST_DIR) return process.env.TEST_APP_DIST_DIR;
  const deadline = Date.now() + 30 * 60_000;
  while (Date.now() < deadline) {
    if (current()) return DIST_DIR;
    try {
      mkdirSync(LOCK);
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(path.join(LOCK, "pid"), "utf8"));
      } catch {
        /* released meanwhile, or its owner is still writing the pid */
      }
      if (owner && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 2000));
      continue;
    }
    try {
      writeFileSync(path.join(LOCK, "pid"), String(process.pid));
      return ensureServeBuild();
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
  throw new Error(`${DIST_DIR} was not built within 30 minutes (is ${LOCK} stale?)`);
}

export interface AppProcess {
  base: string;
  port: number;
  child: ChildProcess;
  /** Everything it printed so far. */
  log: () => string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Starts `next start` on a free loopback port and waits until /api/health answers. */
export async function startProcess(
  dist: string,
  env: Record<string, string | undefined>,
  options: { wait?: boolean } = {},
): Promise<AppProcess> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    path.join(repo, "node_modules", ".bin", "next"),
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: repo,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXTAUTH_SECRET: SECRET,
        NEXTAUTH_URL: base,
        NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: ACTIONS_KEY,
        ...env,
        NEXT_DIST_DIR: dist,
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  let log = "";
  child.stdout!.on("data", (d: Buffer) => (log += d));
  child.stderr!.on("data", (d: Buffer) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const app: AppProcess = {
    base,
    port,
    child,
    log: () => log,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return;
      }
      const stubborn = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          /* gone */
        }
      }, 15_000);
      await exited;
      clearTimeout(stubborn);
    },
  };
  if (options.wait === false) return app;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${log}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return app;
    if (Date.now() > deadline) {
      await app.stop();
      throw new Error(`next start did not answer within 90 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Cookies from a response, as one Cookie header (name=value pairs only). */
export const cookiesOf = (res: Response, before = "") =>
  [
    ...before.split("; ").filter(Boolean),
    ...res.headers.getSetCookie().map((c) => c.split(";")[0]!),
  ].join("; ");

/**
 * Signs in through next-auth's credentials endpoint as the sign-in form does. Returns the session
 * cookie, or the error the endpoint redirected to ("CredentialsSignin", "throttled…").
 */
export async function signIn(
  base: string,
  email: string,
  password: string,
  address = "198.51.100.7",
): Promise<{ cookie: string } | { error: string }> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      origin: base,
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf),
      "x-forwarded-for": address,
    },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
    redirect: "manual",
  });
  const { url = "" } = (await res.json().catch(() => ({}))) as { url?: string };
  const error = new URL(url, base).searchParams.get("error");
  if (error) return { error };
  const cookie = cookiesOf(res);
  if (!cookie.includes("session-token")) return { error: `no session cookie (${res.status})` };
  return { cookie };
}

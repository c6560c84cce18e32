/**
 * The production build that browser tests and the page benchmark serve: built into .next-e2e (so it
 * never clobbers `npm start`'s .next) only when the sources changed, under a lock held until the
 * server stops, so a parallel run never rebuilds it under a running server.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { buildStamp } from "./build-stamp";

export const DIST_DIR = ".next-e2e";
const LOCK = `${DIST_DIR}.lock`;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits for the build lock (taking over a dead owner's) and returns its release. */
export async function acquireBuildLock(): Promise<() => void> {
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(path.join(LOCK, "pid"), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      const owner = Number(
        readFileSync(path.join(LOCK, "pid"), { encoding: "utf8", flag: "a+" }) || 0,
      );
      if ((owner && !alive(owner)) || (!owner && Date.now() - statSync(LOCK).mtimeMs > 60_000))
        rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new Error(
          `${LOCK} is held by process ${owner}; remove it if no browser test or bench is running.`,
        );
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

/** Builds into .next-e2e unless that exact source state (build stamp) was built already. Hold the lock. */
export function ensureServeBuild(): string {
  const stampFile = path.join(DIST_DIR, "recall-lab-build-stamp");
  const stamp = buildStamp();
  if (
    existsSync(path.join(DIST_DIR, "BUILD_ID")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === stamp
  )
    return DIST_DIR;
  // node_modules/.bin directly: npx would start npm first (seconds on a busy machine).
  const next = path.resolve(import.meta.dirname, "..", "node_modules", ".bin", "next");
  const built = spawnSync(next, ["build"], {
    encoding: "utf8",
    stdio: "pipe",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_SKIP_TYPECHECK: "1",
    },
  });
  if (built.status !== 0) throw new Error(`next build failed:\n${built.stdout}\n${built.stderr}`);
  writeFileSync(stampFile, stamp);
  return DIST_DIR;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

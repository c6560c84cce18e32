/**
 * The web server's latency while the sandbox is busy, for bench/sandbox.ts: `next start` of the browser
 * tests' build (same lock and build stamp as tests/e2e/app-server.ts) on a loopback port against a freshly
 * seeded DB; GET / timed one request at a time, idle and then while a sandbox queue of the app's
 * default size (one slot per core) is kept full of CPU burners with as many again waiting, in
 * alternating rounds so both see the same machine (it is shared).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { checkScenarioFiles, RunQueue, SandboxPool } from "../lib/sandbox";
import { acquireBuildLock, ensureServeBuild, freePort } from "../scripts/serve-build";

const PAUSE_MS = 20;
export const ROUNDS = 4;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))] ?? NaN;

export interface WebLatency {
  idle: number[];
  loaded: number[];
  burnerRuns: number;
  burnerStatuses: Record<string, number>;
  /** Loaded requests sent while every slot ran a burner and more waited. */
  fullShare: number;
}

// What the security test ran: a learner's edit that spins until the sandbox's CPU limit stops it.
const burner = checkScenarioFiles(
  { title: "cpu burner", processes: [{ name: "main", run: "main.py" }] },
  { "main.py": "while True:\n    pass\n" },
);

async function timeGets(url: string, samples: number, onRequest = () => {}): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    onRequest();
    const t = performance.now();
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET ${url} → ${res.status}`);
    times.push(performance.now() - t);
    await sleep(PAUSE_MS);
  }
  return times;
}

/** Runs `measure` while the queue's slots are all taken by burners and as many wait behind them. */
async function withBurners<T>(measure: (onRequest: () => void) => Promise<T>) {
  const concurrency = cpus().length;
  const pool = new SandboxPool(2);
  const queue = new RunQueue(concurrency, pool);
  const stop = new AbortController();
  const statuses: Record<string, number> = {};
  const feeders = Array.from({ length: 2 * concurrency }, async () => {
    while (!stop.signal.aborted) {
      const result = await queue.run(burner, { signal: stop.signal });
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
    }
  });
  for (let i = 0; queue.inFlight < concurrency || queue.queued < concurrency; i++) {
    if (i > 1000) throw new Error("the sandbox queue never filled");
    await sleep(10);
  }
  let full = 0;
  const onRequest = () => void (queue.inFlight === concurrency && queue.queued > 0 && full++);
  try {
    return { result: await measure(onRequest), statuses, full };
  } finally {
    stop.abort(); // kills the burners in flight; the waiting ones start and are killed at once
    await Promise.all(feeders);
    pool.close();
  }
}

async function startServer(dir: string): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123456789",
    NEXTAUTH_URL: base,
  };
  const seeded = spawnSync("npx", ["tsx", "scripts/seed.ts"], { env, encoding: "utf8" });
  if (seeded.status !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...env, NEXT_DIST_DIR: ensureServeBuild() },
    stdio: "ignore",
    detached: true,
  });
  for (
    let i = 0;
    !(await fetch(base).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  ) {
    if (i > 240 || server.exitCode !== null) throw new Error("next start did not answer in 60 s");
    await sleep(250);
  }
  return { base, server };
}

export async function webLatencyUnderLoad(samples: number): Promise<WebLatency> {
  const dir = mkdtempSync(path.join(tmpdir(), "recall-bench-web-"));
  const release = await acquireBuildLock();
  let server: ChildProcess | undefined;
  try {
    const started = await startServer(dir);
    server = started.server;
    const home = `${started.base}/`;
    await timeGets(home, 20); // warm-up: route caches
    const result: WebLatency = {
      idle: [],
      loaded: [],
      burnerRuns: 0,
      burnerStatuses: {},
      fullShare: 0,
    };
    const perRound = Math.ceil(samples / ROUNDS);
    let full = 0;
    for (let round = 0; round < ROUNDS; round++) {
      result.idle.push(...(await timeGets(home, perRound)));
      const loaded = await withBurners((onRequest) => timeGets(home, perRound, onRequest));
      result.loaded.push(...loaded.result);
      full += loaded.full;
      for (const [status, n] of Object.entries(loaded.statuses)) {
        result.burnerStatuses[status] = (result.burnerStatuses[status] ?? 0) + n;
        result.burnerRuns += n;
      }
    }
    result.fullShare = full / result.loaded.length;
    return result;
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
    release();
    rmSync(dir, { recursive: true, force: true });
  }
}

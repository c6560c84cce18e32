/**
 * The /review page's server response time under concurrent signed-in learners: `next start` of the
 * browser tests' build (same lock and build stamp as tests/e2e/app-server.ts) on a free loopback port
 * against the bench DB, session cookies signed like next-auth's. Two load models: a closed loop with
 * `concurrency` requests always in flight (saturation: latency ≈ in-flight × service time), and learners
 * who each wait a think time between loads (people studying).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { buildStamp } from "../scripts/build-stamp";

const SECRET = "bench-secret-bench-secret-bench-secret-0123456789";

const freePort = () => new Promise<number>((resolve) => { const s = net.createServer().listen(0, "127.0.0.1", () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)); }); });
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

const DIST_DIR = ".next-e2e";
const LOCK = `${DIST_DIR}.lock`;
const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

/** The browser tests' lock (tests/e2e/app-server.ts): nobody rebuilds .next-e2e while this bench serves from it. */
async function acquireLock(): Promise<() => void> {
  for (const deadline = Date.now() + 30 * 60_000; ;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(path.join(LOCK, "pid"), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      const owner = Number(readFileSync(path.join(LOCK, "pid"), { encoding: "utf8", flag: "a+" }) || 0);
      if ((owner && !alive(owner)) || (!owner && Date.now() - statSync(LOCK).mtimeMs > 60_000)) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${LOCK} is held by process ${owner}.`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

/** The browser tests' build of exactly these sources (same build stamp), built first if it is missing or stale. */
function ensureBuild(): string {
  const stampFile = path.join(DIST_DIR, "recall-lab-build-stamp");
  const stamp = buildStamp();
  if (existsSync(path.join(DIST_DIR, "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return DIST_DIR;
  const built = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: DIST_DIR, NEXT_SKIP_TYPECHECK: "1" } });
  if (built.status !== 0) throw new Error("next build failed");
  writeFileSync(stampFile, stamp);
  return DIST_DIR;
}

type Page = { url: string; cookie: string };

async function load({ url, cookie }: Page): Promise<number> {
  const t = performance.now();
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
  return performance.now() - t;
}

export interface Figures { requests: number; p50: number; p99: number; perSecond: number }
const figures = (times: number[], ms: number): Figures => ({ requests: times.length, p50: pct(times, 50), p99: pct(times, 99), perSecond: (times.length / ms) * 1000 });

/** Saturation: `concurrency` requests always in flight, each starting the moment one ends (no think time). */
async function closedLoop(pages: Page[], concurrency: number): Promise<Figures> {
  const times: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < pages.length) times.push(await load(pages[next++]!));
  }));
  return figures(times, performance.now() - start);
}

/** People studying: each learner loads the page, thinks for `thinkMs`, loads again; starts spread over one think time. */
async function withThinkTime(learners: Page[], thinkMs: number, durationMs: number): Promise<Figures> {
  const times: number[] = [];
  const start = performance.now();
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  await Promise.all(learners.map(async (page, i) => {
    await sleep((i * thinkMs) / learners.length);
    while (performance.now() - start < durationMs) {
      times.push(await load(page));
      await sleep(thinkMs);
    }
  }));
  return figures(times, performance.now() - start);
}

export interface PageBench { closed: { ours: Figures; floor: Figures }; paced: { ours: Figures; floor: Figures } }

export async function pageBench(dbFile: string, learnerIds: string[], opts: { requests: number; concurrency: number; thinkMs: number; durationMs: number }): Promise<PageBench> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const release = await acquireLock();
  let child: ReturnType<typeof spawn> | undefined;
  try {
    const env = { ...process.env, NODE_ENV: "production" as const, DATABASE_URL: `file:${dbFile}`, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: base, NEXT_DIST_DIR: ensureBuild() };
    child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: "ignore", detached: true });
    for (let i = 0; !(await fetch(`${base}/signin`).then((r) => r.ok, () => false)); i++) {
      if (i > 240) throw new Error("next start did not answer within 60 s");
      await new Promise((r) => setTimeout(r, 250));
    }
    const cookies = await Promise.all(learnerIds.map(async (id) => `next-auth.session-token=${await encode({ token: { sub: id, id, role: "LEARNER" }, secret: SECRET })}`));
    const review = Array.from({ length: opts.requests }, (_, i) => ({ url: `${base}/review`, cookie: cookies[i % cookies.length]! }));
    const signin = review.map((p) => ({ ...p, url: `${base}/signin` })); // the floor: a public page with no data reads
    await closedLoop(review.slice(0, 40), opts.concurrency); // warm-up: route compilation caches, shiki
    await closedLoop(signin.slice(0, 40), opts.concurrency);
    const closed = { ours: await closedLoop(review, opts.concurrency), floor: await closedLoop(signin, opts.concurrency) };
    const people = review.slice(0, learnerIds.length);
    const paced = {
      ours: await withThinkTime(people, opts.thinkMs, opts.durationMs),
      floor: await withThinkTime(people.map((p) => ({ ...p, url: `${base}/signin` })), opts.thinkMs, opts.durationMs),
    };
    return { closed, paced };
  } finally {
    if (child?.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    release();
  }
}

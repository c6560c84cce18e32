/**
 * The /review page's server response time under concurrent signed-in learners: `next start` of the
 * browser tests' build (same lock and build stamp as tests/e2e/app-server.ts) on a free loopback port
 * against the bench DB, session cookies signed like next-auth's. Two load models: a closed loop with
 * `concurrency` requests always in flight (saturation: latency ≈ in-flight × service time), and learners
 * who each wait a think time between loads (people studying).
 */
import { spawn } from "node:child_process";
import { encode } from "next-auth/jwt";
import { acquireBuildLock, ensureServeBuild, freePort } from "../scripts/serve-build";

const SECRET = "bench-secret-bench-secret-bench-secret-0123456789";

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

type Page = { url: string; cookie: string };

async function load({ url, cookie }: Page): Promise<number> {
  const t = performance.now();
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
  return performance.now() - t;
}

export interface Figures {
  requests: number;
  p50: number;
  p99: number;
  perSecond: number;
}
const figures = (times: number[], ms: number): Figures => ({
  requests: times.length,
  p50: pct(times, 50),
  p99: pct(times, 99),
  perSecond: (times.length / ms) * 1000,
});

/** Saturation: `concurrency` requests always in flight, each starting the moment one ends (no think time). */
async function closedLoop(pages: Page[], concurrency: number): Promise<Figures> {
  const times: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < pages.length) times.push(await load(pages[next++]!));
    }),
  );
  return figures(times, performance.now() - start);
}

/** People studying: each learner loads the page, thinks for `thinkMs`, loads again; starts spread over one think time. */
async function withThinkTime(
  learners: Page[],
  thinkMs: number,
  durationMs: number,
): Promise<Figures> {
  const times: number[] = [];
  const start = performance.now();
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  await Promise.all(
    learners.map(async (page, i) => {
      await sleep((i * thinkMs) / learners.length);
      while (performance.now() - start < durationMs) {
        times.push(await load(page));
        await sleep(thinkMs);
      }
    }),
  );
  return figures(times, performance.now() - start);
}

export interface PageBench {
  closed: { ours: Figures; floor: Figures };
  paced: { ours: Figures; floor: Figures };
}

export async function pageBench(
  dbFile: string,
  learnerIds: string[],
  opts: { requests: number; concurrency: number; thinkMs: number; durationMs: number },
): Promise<PageBench> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const release = await acquireBuildLock();
  let child: ReturnType<typeof spawn> | undefined;
  try {
    const env = {
      ...process.env,
      NODE_ENV: "production" as const,
      DATABASE_URL: `file:${dbFile}`,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: base,
      NEXT_DIST_DIR: ensureServeBuild(),
    };
    child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
      env,
      stdio: "ignore",
      detached: true,
    });
    for (
      let i = 0;
      !(await fetch(`${base}/signin`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    ) {
      if (i > 240) throw new Error("next start did not answer within 60 s");
      await new Promise((r) => setTimeout(r, 250));
    }
    const cookies = await Promise.all(
      learnerIds.map(
        async (id) =>
          `next-auth.session-token=${await encode({ token: { sub: id, id, role: "LEARNER" }, secret: SECRET })}`,
      ),
    );
    const review = Array.from({ length: opts.requests }, (_, i) => ({
      url: `${base}/review`,
      cookie: cookies[i % cookies.length]!,
    }));
    const signin = review.map((p) => ({ ...p, url: `${base}/signin` })); // the floor: a public page with no data reads
    await closedLoop(review.slice(0, 40), opts.concurrency); // warm-up: route compilation caches, shiki
    await closedLoop(signin.slice(0, 40), opts.concurrency);
    const closed = {
      ours: await closedLoop(review, opts.concurrency),
      floor: await closedLoop(signin, opts.concurrency),
    };
    const people = review.slice(0, learnerIds.length);
    const paced = {
      ours: await withThinkTime(people, opts.thinkMs, opts.durationMs),
      floor: await withThinkTime(
        people.map((p) => ({ ...p, url: `${base}/signin` })),
        opts.thinkMs,
        opts.durationMs,
      ),
    };
    return { closed, paced };
  } finally {
    if (child?.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    release();
  }
}

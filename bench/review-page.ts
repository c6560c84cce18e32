/**
 * The /review page's server response time under concurrent signed-in learners: `next start` on a
 * free loopback port against the bench DB, session cookies signed like next-auth's, bounded concurrency.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { encode } from "next-auth/jwt";

const SECRET = "bench-secret-bench-secret-bench-secret-0123456789";

const freePort = () => new Promise<number>((resolve) => { const s = net.createServer().listen(0, "127.0.0.1", () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)); }); });
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

/** An existing production build (npm start's or the browser tests'), or a fresh one. */
function distDir(): string {
  for (const dir of [".next", ".next-e2e"]) if (existsSync(path.join(dir, "BUILD_ID"))) return dir;
  const built = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (built.status !== 0) throw new Error("next build failed");
  return ".next";
}

async function timed(urls: { url: string; cookie: string }[], concurrency: number): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < urls.length) {
      const { url, cookie } = urls[next++]!;
      const t = performance.now();
      const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
      times.push(performance.now() - t);
    }
  }));
  return times;
}

export async function pagePercentiles(dbFile: string, learnerIds: string[], opts: { requests: number; concurrency: number }) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, NODE_ENV: "production" as const, DATABASE_URL: `file:${dbFile}`, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: base, NEXT_DIST_DIR: distDir() };
  const child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: "ignore", detached: true });
  try {
    for (let i = 0; !(await fetch(`${base}/signin`).then((r) => r.ok, () => false)); i++) {
      if (i > 240) throw new Error("next start did not answer within 60 s");
      await new Promise((r) => setTimeout(r, 250));
    }
    const cookies = await Promise.all(learnerIds.map(async (id) => `next-auth.session-token=${await encode({ token: { sub: id, id, role: "LEARNER" }, secret: SECRET })}`));
    const pages = Array.from({ length: opts.requests }, (_, i) => ({ url: `${base}/review`, cookie: cookies[i % cookies.length]! }));
    await timed(pages.slice(0, 40), opts.concurrency); // warm-up: route compilation caches, shiki
    const ours = await timed(pages, opts.concurrency);
    const assetPath = `${base}/signin`; // a public page with no data reads
    const floor = await timed(pages.map((p) => ({ ...p, url: assetPath })), opts.concurrency);
    return { requests: ours.length, p50: pct(ours, 50), p99: pct(ours, 99), floorP50: pct(floor, 50) };
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  }
}

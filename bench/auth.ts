/**
 * npm run bench:auth: `GET /` for a signed-out visitor while strangers hammer the account forms. The
 * production build (the browser tests' build, same lock and stamp) is served on a free loopback port
 * against its own seeded database; first the idle p95 of `GET /`, then the same during 40 parallel
 * sign-ups plus 40 parallel wrong sign-ins spread over 8 accounts, every request from its own
 * X-Forwarded-For address (the worst case: per-address budgets don't help, only the global ones and
 * hashing off the event loop do). Prints both, the 300 ms target and the ratio.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrisma, tuneSqlite } from "../lib/db";
import { hashPassword } from "../lib/auth/passwords";
import { acquireBuildLock, ensureServeBuild, freePort } from "../scripts/serve-build";

const TARGET_MS = 300;
const IDLE_SAMPLES = 60;
const ACCOUNTS = 8;
const SIGN_UPS = 40;
const SIGN_INS = 40;

const dir = mkdtempSync(path.join(os.tmpdir(), "recall-lab-bench-auth-"));
const databaseUrl = `file:${path.join(dir, "bench.db")}`;
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123456789",
  NEXTAUTH_URL: base,
  SEED_DEMO_USERS: "0",
};
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))]!;
const sameSite = { origin: base, "sec-fetch-site": "same-origin" };

async function visit(): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${base}/`, { redirect: "manual" });
  await res.arrayBuffer();
  if (res.status >= 500) throw new Error(`GET / → ${res.status}`);
  return performance.now() - t;
}

/** The sign-up page's form as a browser without JavaScript posts it (the server action's fields). */
async function signUpForm(): Promise<[string, string][]> {
  const html = await (await fetch(`${base}/signup`)).text();
  const hidden = [...html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map((m) => m[0]);
  const attr = (tag: string, name: string) =>
    (new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? "").replace(/&quot;/g, '"');
  return hidden.map((tag) => [attr(tag, "name"), attr(tag, "value")]);
}

async function signUp(fields: [string, string][], i: number, address: string) {
  const form = new FormData();
  for (const [k, v] of fields) form.append(k, v);
  form.append("email", `crowd-${i}-${Date.now()}@bench.test`);
  form.append("password", "bench-crowd-password");
  const res = await fetch(`${base}/signup`, {
    method: "POST",
    body: form,
    headers: { ...sameSite, "x-forwarded-for": address },
  });
  const body = await res.text();
  return /Too many sign-ups/.test(body) ? "refused" : res.status < 400 ? "hashed" : "error";
}

async function wrongSignIn(csrf: { token: string; cookie: string }, i: number, address: string) {
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      ...sameSite,
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrf.cookie,
      "x-forwarded-for": address,
    },
    body: new URLSearchParams({
      email: i < 0 ? "nobody@bench.test" : `account-${i % ACCOUNTS}@bench.test`,
      password: `wrong-guess-${i}`,
      csrfToken: csrf.token,
      json: "true",
    }),
    redirect: "manual",
  });
  const { url = "" } = (await res.json().catch(() => ({}))) as { url?: string };
  return url.includes("throttled") ? "refused" : url.includes("error") ? "checked" : "error";
}

// Seed the database and the 8 accounts, then serve the build on loopback.
const seeded = spawnSync("npx", ["tsx", "scripts/seed.ts"], { env, encoding: "utf8" });
if (seeded.status !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
const prisma = createPrisma(databaseUrl);
await tuneSqlite(prisma);
for (let i = 0; i < ACCOUNTS; i++)
  await prisma.user.create({
    data: { email: `account-${i}@bench.test`, passwordHash: await hashPassword("the-real-one-1") },
  });
await prisma.$disconnect();

const release = await acquireBuildLock();
let child: ReturnType<typeof spawn> | undefined;
try {
  const distDir = ensureServeBuild();
  child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...env, NEXT_DIST_DIR: distDir },
    stdio: "ignore",
    detached: true,
  });
  for (
    let i = 0;
    !(await visit().then(
      () => true,
      () => false,
    ));
    i++
  ) {
    if (i > 240) throw new Error("next start did not answer within 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  const fields = await signUpForm();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const csrf = {
    token: ((await csrfRes.json()) as { csrfToken: string }).csrfToken,
    cookie: csrfRes.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; "),
  };
  // Warm-up, as a server that has run a while: route caches, the strength estimator, the dummy hash.
  for (let i = 0; i < 20; i++) await visit();
  await signUp(fields, -1, "198.18.2.1");
  await wrongSignIn(csrf, -1, "198.18.2.2");

  const idle: number[] = [];
  for (let i = 0; i < IDLE_SAMPLES; i++) idle.push(await visit());

  // The attack, all at once; the visitor keeps loading / until it is over (at most 2 minutes).
  const started = performance.now();
  let over = false;
  const attack = Promise.all([
    ...Array.from({ length: SIGN_UPS }, (_, i) => signUp(fields, i, `198.18.0.${i + 1}`)),
    ...Array.from({ length: SIGN_INS }, (_, i) => wrongSignIn(csrf, i, `198.18.1.${i + 1}`)),
  ]).finally(() => (over = true));
  const busy: number[] = [];
  while ((!over || busy.length < 20) && performance.now() - started < 120_000)
    busy.push(await visit());
  const outcomes = await attack;
  const attackSeconds = (performance.now() - started) / 1000;
  const check = createPrisma(databaseUrl);
  const created = await check.user.count({
    where: { email: { startsWith: "crowd-" }, NOT: { email: { startsWith: "crowd--1-" } } },
  });
  await check.$disconnect();

  const count = (from: number, to: number, what: string) =>
    outcomes.slice(from, to).filter((o) => o === what).length;
  const idleP95 = p95(idle);
  const busyP95 = p95(busy);
  console.log(`GET / p95, idle:          ${idleP95.toFixed(1)} ms (${idle.length} requests)`);
  console.log(
    `GET / p95, under attack:  ${busyP95.toFixed(1)} ms (${busy.length} requests over ${attackSeconds.toFixed(1)} s)`,
  );
  console.log(`target:                   < ${TARGET_MS} ms p95 under attack`);
  console.log(`ratio under attack/idle:  ${(busyP95 / idleP95).toFixed(2)}×`);
  console.log(
    `attack: sign-ups ${created} created, ${count(0, SIGN_UPS, "refused")} refused by the budget; ` +
      `wrong sign-ins ${count(SIGN_UPS, outcomes.length, "checked")} checked, ${count(SIGN_UPS, outcomes.length, "refused")} refused; ` +
      `${outcomes.filter((o) => o === "error").length} unexpected answers`,
  );
  console.log(
    `machine: ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
  console.log(busyP95 < TARGET_MS ? "PASS" : "FAIL: over the target");
} finally {
  if (child?.pid) process.kill(-child.pid, "SIGTERM");
  await new Promise((r) => setTimeout(r, 300));
  release();
  rmSync(dir, { recursive: true, force: true });
}

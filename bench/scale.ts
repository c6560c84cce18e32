/**
 * npm run bench:scale: 1 vs 2 app processes (`next start` of the browser tests' build) on one
 * PostgreSQL database, a closed loop of 20 signed-in learners loading /review (each loads again
 * the moment its page arrived), spread round-robin over the processes. Prints requests/s, p50 and
 * p99 for each and the ratio; beside it the same loop on /api/health (no database, no rendering):
 * the most that adding a process can give on this machine, measured in the same run.
 * Needs BENCH_POSTGRES_URL (or TEST_POSTGRES_URL): a server URL whose role may CREATE DATABASE.
 * The load generator runs on the same machine and takes CPU from the processes it measures.
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { createPrisma } from "../lib/db";
import { createMigratedDatabase, dropDatabase } from "../lib/db/postgres-admin";
import { hashPassword } from "../lib/auth/passwords";
import { serveBuild, signIn, startProcess, type AppProcess } from "../tests/ops/app-processes";

const server = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
if (!server) {
  console.error(
    "bench:scale needs PostgreSQL: BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:scale",
  );
  process.exit(2);
}
const LEARNERS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PASSWORD = "bench-scale-password";

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

interface Figures {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** LEARNERS clients, client i on process i % n, each loading `path` again as soon as it arrived. */
async function closedLoop(apps: AppProcess[], cookies: string[], path: string, seconds: number) {
  const times: number[] = [];
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    cookies.map(async (cookie, i) => {
      const app = apps[i % apps.length]!;
      while (performance.now() < end) {
        const t = performance.now();
        const res = await fetch(`${app.base}${path}`, { headers: { cookie }, redirect: "manual" });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${path} on ${app.base} → ${res.status}`);
        times.push(performance.now() - t);
      }
    }),
  );
  const ms = performance.now() - start;
  return {
    requests: times.length,
    perSecond: (times.length / ms) * 1000,
    p50: pct(times, 50),
    p99: pct(times, 99),
  } satisfies Figures;
}

const made = await createMigratedDatabase(server, "bench_scale_");
const apps: AppProcess[] = [];
try {
  const seeded = spawnSync("npx", ["tsx", "scripts/seed.ts"], {
    env: { ...process.env, DATABASE_URL: made.url, SEED_DEMO_USERS: "0" },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
  const prisma = createPrisma(made.url);
  const passwordHash = await hashPassword(PASSWORD);
  const emails = Array.from({ length: LEARNERS }, (_, i) => `scale-${i}@bench.test`);
  await prisma.user.createMany({ data: emails.map((email) => ({ email, passwordHash })) });
  await prisma.$disconnect();

  const dist = await serveBuild();
  const env = {
    DATABASE_URL: made.url,
    SANDBOX_QUEUE: "in-process",
    NEXTAUTH_URL: "http://localhost:3999",
  };
  apps.push(...(await Promise.all([startProcess(dist, env), startProcess(dist, env)])));
  const cookies: string[] = [];
  for (const [i, email] of emails.entries()) {
    const signedIn = await signIn(apps[0]!.base, email, PASSWORD, `198.18.7.${i + 1}`);
    if (!("cookie" in signedIn)) throw new Error(`sign-in failed: ${signedIn.error}`);
    cookies.push(signedIn.cookie);
  }

  const measure = async (n: number, path: string) => {
    await closedLoop(apps.slice(0, n), cookies, path, 3); // warm-up: route caches, pools
    return closedLoop(apps.slice(0, n), cookies, path, SECONDS);
  };
  const rows: [string, Figures, Figures][] = [];
  for (const path of ["/review", "/api/health"]) {
    const one = await measure(1, path);
    const two = await measure(2, path);
    rows.push([path, one, two]);
  }

  const fmt = (f: Figures) =>
    `${f.perSecond.toFixed(1).padStart(7)} req/s  p50 ${f.p50.toFixed(0).padStart(5)} ms  p99 ${f.p99.toFixed(0).padStart(5)} ms  (${f.requests})`;
  console.log(
    `bench:scale — ${LEARNERS} signed-in learners, closed loop, ${SECONDS} s each, PostgreSQL, ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)} at the end`,
  );
  for (const [path, one, two] of rows) {
    console.log(`${path}${path === "/api/health" ? "  (floor: no database, no rendering)" : ""}`);
    console.log(`  1 process:   ${fmt(one)}`);
    console.log(`  2 processes: ${fmt(two)}`);
    console.log(
      `  ratio 2/1:   ${(two.perSecond / one.perSecond).toFixed(2)}× requests/s, p50 ${(two.p50 / one.p50).toFixed(2)}×, p99 ${(two.p99 / one.p99).toFixed(2)}×`,
    );
  }
} finally {
  await Promise.all(apps.map((app) => app.stop()));
  await dropDatabase(server, made.name);
}

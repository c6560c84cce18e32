/**
 * `npm run bench:review`: a learner with 100,000 review items and 1,000,000 review logs.
 * 1. "Submit a rating and fetch the next card" through lib/srs (what POST /api/review runs), targets
 *    p50 ≤ 5 ms, p99 ≤ 20 ms, beside a floor running the same algorithm on better-sqlite3 (plus the same rendering).
 * 2. The /review page for 20 signed-in learners (target p50 ≤ 60 ms), on the built app: 20 learners each
 *    thinking 1 s between loads (the target's model), and a closed loop of 20 in flight (saturation).
 * With BENCH_POSTGRES_URL (a server URL whose role may CREATE DATABASE), part 1 runs on PostgreSQL too:
 * the same data copied into a fresh migrated database, the same lib/srs code, with the ratio to SQLite.
 */
import { register } from "node:module";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { default_w } from "ts-fsrs";
import { execFileSync } from "node:child_process";
import { migrateDeploy } from "../lib/content/migrate";
import { createMigratedDatabase, dropDatabase } from "../lib/db/postgres-admin";
import { copyToPostgres } from "./copy-to-postgres";
import { buildBenchData, iso } from "./review-data";
import { floorSession } from "./review-floor";
import { pageBench, type Figures } from "./review-page";

register("./server-only-hook.mjs", import.meta.url);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000),
  LOGS_PER_ITEM = 10,
  RUNS = Number(process.env.BENCH_RUNS ?? 300),
  LEARNERS = 20;

const dir = mkdtempSync(path.join(os.tmpdir(), "bench-review-"));
const file = path.join(dir, "bench.db");
migrateDeploy(`file:${file}`);
process.env.DATABASE_URL = `file:${file}`;
const sql = new Database(file);
sql.pragma("journal_mode = WAL");
let t = performance.now();
const data = buildBenchData(sql, {
  items: ITEMS,
  logsPerItem: LOGS_PER_ITEM,
  learners: LEARNERS,
  now: Date.now(),
});
console.log(
  `setup: ${ITEMS.toLocaleString()} review items, ${(ITEMS * LOGS_PER_ITEM).toLocaleString()} review logs in ${((performance.now() - t) / 1000).toFixed(1)} s (${file})`,
);

// Every learner schedules with parameters of their own (not the defaults), read with the settings on each request
// (BENCH_PARAMETERS=0: none, for a before/after).
const fitted = JSON.stringify(default_w.map((w, i) => (i < 4 ? w * 0.8 : w)));
const addParameters = sql.prepare(
  `INSERT INTO LearnerParameters (userId, weights, reviewCount, status, message, updatedAt) VALUES (?, ?, 1000, 'idle', '', ?)`,
);
if (process.env.BENCH_PARAMETERS !== "0")
  for (const id of data.learnerIds) addParameters.run(id, fitted, iso(Date.now()));

// PostgreSQL gets a copy of the same data now, before the SQLite runs rate its due cards.
const pgServer = process.env.BENCH_POSTGRES_URL;
const pg = pgServer
  ? await createMigratedDatabase(pgServer, `recall_lab_bench_review_${process.pid}_`)
  : undefined;
if (pg) {
  t = performance.now();
  const rows = await copyToPostgres(sql, pg.url);
  console.log(
    `PostgreSQL (${new URL(pgServer!).host}): ${rows.toLocaleString()} rows copied in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
}

const { tuneSqlite, db } = await import("../lib/db");
const { rateCard, reviewState } = await import("../lib/srs/review");
const { studyDay } = await import("../lib/srs/day");
const { renderMarkdown } = await import("../lib/content/render");
await tuneSqlite(db);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const user = {
  id: data.heavyUserId,
  email: "bench0@bench.local",
  name: null,
  role: "LEARNER" as const,
};

// Ours: rate the card on screen, get the next one back, as the route does.
let state = await reviewState(user);
const ours: number[] = [];
for (let i = 0; i < RUNS + 20; i++) {
  if (!state.card) throw new Error("bench learner ran out of due cards");
  t = performance.now();
  const result = await rateCard(user, {
    itemRef: state.card.ref,
    rating: 3,
    requestId: randomUUID(),
    durationMs: 1000,
  });
  if (i >= 20) ours.push(performance.now() - t);
  if (!result.ok) throw new Error(result.error);
  state = result.review;
}

// Floor: the same algorithm straight on better-sqlite3, on the next due cards, plus the same Markdown rendering.
const floor: number[] = [];
const session = floorSession(sql, data.heavyUserId);
let next = (
  sql
    .prepare(`SELECT id FROM ReviewItem WHERE userId = ? AND state = 2 ORDER BY due LIMIT 1`)
    .get(data.heavyUserId) as { id: string }
).id;
for (let i = 0; i < RUNS + 20; i++) {
  const now = new Date();
  const day = studyDay(now, "UTC", 4);
  t = performance.now();
  const card = session(next, 3, now, iso(day.start.getTime()), iso(day.end.getTime()));
  await Promise.all([renderMarkdown(card.front), renderMarkdown(card.back)]);
  next = card.id;
  if (i >= 20) floor.push(performance.now() - t);
}
const row = (name: string, xs: number[]) =>
  `${name.padEnd(22)} p50 ${pct(xs, 50).toFixed(2).padStart(7)} ms   p99 ${pct(xs, 99).toFixed(2).padStart(7)} ms`;
console.log(`\nrate + next card (${RUNS} runs)`);
console.log(row("ours (lib/srs)", ours));
console.log(row("floor (better-sqlite3)", floor));
console.log(
  `ratio ours/floor        p50 ${(pct(ours, 50) / pct(floor, 50)).toFixed(1)}×   p99 ${(pct(ours, 99) / pct(floor, 99)).toFixed(1)}×   targets: p50 ≤ 5 ms, p99 ≤ 20 ms`,
);
if (pg) {
  try {
    const out = execFileSync(
      path.join("node_modules", ".bin", "tsx"),
      ["bench/review-rate.ts", data.heavyUserId, String(RUNS)],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: pg.url } },
    );
    const pgTimes = JSON.parse(out.trim().split("\n").at(-1)!) as number[];
    console.log(row("ours on PostgreSQL", pgTimes));
    console.log(
      `ratio PostgreSQL/SQLite p50 ${(pct(pgTimes, 50) / pct(ours, 50)).toFixed(1)}×   p99 ${(pct(pgTimes, 99) / pct(ours, 99)).toFixed(1)}×   (PostgreSQL/floor p50 ${(pct(pgTimes, 50) / pct(floor, 50)).toFixed(1)}×)`,
    );
  } finally {
    await dropDatabase(pgServer!, pg.name);
  }
} else console.log("(PostgreSQL: set BENCH_POSTGRES_URL to measure it too)");
await db.$disconnect();
sql.close();

if (process.env.BENCH_SKIP_PAGE !== "1") {
  const THINK_MS = 1000;
  const page = await pageBench(file, data.learnerIds, {
    requests: 400,
    concurrency: LEARNERS,
    thinkMs: THINK_MS,
    durationMs: 20_000,
  });
  const line = (name: string, f: Figures) =>
    `${name.padEnd(36)} p50 ${f.p50.toFixed(1).padStart(7)} ms   p99 ${f.p99.toFixed(1).padStart(7)} ms   ${f.perSecond.toFixed(1).padStart(6)} req/s  (${f.requests} requests)`;
  const ratio = (m: { ours: Figures; floor: Figures }) =>
    `ratio ours/floor                     p50 ${(m.ours.p50 / m.floor.p50).toFixed(1)}×   p99 ${(m.ours.p99 / m.floor.p99).toFixed(1)}×`;
  console.log(
    `\n/review page (next start), ${LEARNERS} learners each loading, thinking ${THINK_MS / 1000} s, loading again — target p50 ≤ 60 ms`,
  );
  console.log(line("ours (/review)", page.paced.ours));
  console.log(line("floor (/signin, no DB, same server)", page.paced.floor));
  console.log(ratio(page.paced));
  console.log(
    `\n/review page (next start), closed loop: ${LEARNERS} requests always in flight, no think time (saturation)`,
  );
  console.log(line("ours (/review)", page.closed.ours));
  console.log(line("floor (/signin, no DB, same server)", page.closed.floor));
  console.log(ratio(page.closed));
}

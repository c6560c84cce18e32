/**
 * `npm run bench:seed`: seeding the whole course into an empty DB (target < 2 s) and re-seeding
 * it unchanged (target < 0.5 s), beside a floor measured in the same run: the same rows
 * inserted directly with better-sqlite3 prepared statements in one transaction.
 * With BENCH_POSTGRES_URL (a server URL whose role may CREATE DATABASE) the same seeds run on
 * PostgreSQL too, each into a fresh migrated database, with the ratio to the SQLite figure.
 */
import { mkdtempSync, copyFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { loadContent } from "../lib/content/load";
import { migrateDeploy } from "../lib/content/migrate";
import { seedContent } from "../lib/seed/seed";
import { createPrisma, tuneSqlite } from "../lib/db";
import { createDatabase, createMigratedDatabase, dropDatabase } from "../lib/db/postgres-admin";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dir = mkdtempSync(path.join(os.tmpdir(), "bench-seed-"));
const base = path.join(dir, "base.db");
migrateDeploy(`file:${base}`);
const courses = await loadContent();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Fresh copy of the migrated, empty base DB. */
function freshDb(i: number) {
  const file = path.join(dir, `run-${i}.db`);
  copyFileSync(base, file);
  return file;
}

function floorInsert(file: string) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const now = new Date().toISOString();
  const t0 = performance.now();
  db.transaction(() => {
    for (const course of courses) {
      const courseId = `c-${course.slug}`;
      db.prepare(
        'INSERT INTO "Course" (id, slug, title, description, updatedAt) VALUES (?, ?, ?, ?, ?)',
      ).run(courseId, course.slug, course.title, course.description, now);
      const ex = db.prepare(
        'INSERT INTO "Example" (id, courseId, title, scenario, updatedAt) VALUES (?, ?, ?, ?, ?)',
      );
      const file = db.prepare(
        'INSERT INTO "ExampleFile" (exampleId, name, content) VALUES (?, ?, ?)',
      );
      for (const e of course.examples) {
        ex.run(e.id, courseId, e.title, JSON.stringify(e.scenario), now);
        for (const [name, content] of Object.entries(e.files)) file.run(e.id, name, content);
      }
      const lesson = db.prepare(
        'INSERT INTO "Lesson" (id, slug, courseId, title, summary, body, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const q = db.prepare(
        'INSERT INTO "Question" (id, lessonId, type, prompt, explanation, updatedAt) VALUES (?, ?, ?, ?, ?, ?)',
      );
      const o = db.prepare(
        'INSERT INTO "QuestionOption" (id, questionId, position, text, correct) VALUES (?, ?, ?, ?, ?)',
      );
      const qe = db.prepare('INSERT INTO "QuestionExample" (questionId, exampleId) VALUES (?, ?)');
      const f = db.prepare(
        'INSERT INTO "Flashcard" (id, lessonId, front, back, updatedAt) VALUES (?, ?, ?, ?, ?)',
      );
      const fe = db.prepare(
        'INSERT INTO "FlashcardExample" (flashcardId, exampleId) VALUES (?, ?)',
      );
      for (const l of course.lessons) {
        lesson.run(`l-${l.slug}`, l.slug, courseId, l.title, l.summary, l.body, now);
        for (const item of l.questions) {
          q.run(item.id, `l-${l.slug}`, item.type, item.prompt, item.explanation, now);
          item.options.forEach((opt, i) =>
            o.run(`${item.id}-${i}`, item.id, i, opt.text, opt.correct ? 1 : 0),
          );
          for (const e of item.examples) qe.run(item.id, e);
        }
        for (const c of l.flashcards) {
          f.run(c.id, `l-${l.slug}`, c.front, c.back, now);
          for (const e of c.examples) fe.run(c.id, e);
        }
      }
    }
  })();
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

async function ours(url: string) {
  const prisma = createPrisma(url);
  await tuneSqlite(prisma);
  const t0 = performance.now();
  await seedContent(prisma, courses);
  const empty = performance.now() - t0;
  const t1 = performance.now();
  const stats = await seedContent(prisma, courses);
  const reseed = performance.now() - t1;
  if (stats.created + stats.updated + stats.archived !== 0)
    throw new Error(`re-seed changed something: ${JSON.stringify(stats)}`);
  await prisma.$disconnect();
  return { empty, reseed };
}

const emptyTimes: number[] = [];
const reseedTimes: number[] = [];
const floorTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const r = await ours(`file:${freshDb(i)}`);
  emptyTimes.push(r.empty);
  reseedTimes.push(r.reseed);
  floorTimes.push(floorInsert(freshDb(100 + i)));
}
const rows = courses.reduce(
  (n, c) => n + c.lessons.reduce((m, l) => m + l.questions.length + l.flashcards.length, 0),
  0,
);
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`bench:seed — ${rows} questions+cards, median of ${RUNS} runs`);
console.log(
  `  seed into empty DB : ${fmt(median(emptyTimes))}  (target < 2000 ms)   floor (raw better-sqlite3 inserts): ${fmt(median(floorTimes))}   ratio ${(median(emptyTimes) / median(floorTimes)).toFixed(1)}x`,
);
console.log(
  `  re-seed unchanged  : ${fmt(median(reseedTimes))}  (target < 500 ms)    floor: ${fmt(median(floorTimes))}   ratio ${(median(reseedTimes) / median(floorTimes)).toFixed(1)}x`,
);
const pgServer = process.env.BENCH_POSTGRES_URL;
if (pgServer) {
  const prefix = `recall_lab_bench_seed_${process.pid}_`;
  const template = await createMigratedDatabase(pgServer, prefix);
  const pgEmpty: number[] = [];
  const pgReseed: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const fresh = await createDatabase(pgServer, prefix, template.name);
      const r = await ours(fresh.url);
      pgEmpty.push(r.empty);
      pgReseed.push(r.reseed);
      await dropDatabase(pgServer, fresh.name);
    }
  } finally {
    await dropDatabase(pgServer, template.name);
  }
  const vs = (pg: number[], lite: number[]) =>
    `ratio to SQLite ${(median(pg) / median(lite)).toFixed(1)}x`;
  console.log(`  PostgreSQL (${new URL(pgServer).host}):`);
  console.log(
    `  seed into empty DB : ${fmt(median(pgEmpty))}  (target < 2000 ms)   ${vs(pgEmpty, emptyTimes)}`,
  );
  console.log(
    `  re-seed unchanged  : ${fmt(median(pgReseed))}  (target < 500 ms)    ${vs(pgReseed, reseedTimes)}`,
  );
} else console.log("  (PostgreSQL: set BENCH_POSTGRES_URL to measure it too)");
const ok = median(emptyTimes) < 2000 && median(reseedTimes) < 500;
console.log(ok ? "  within targets" : "  OVER TARGET");
process.exitCode = ok ? 0 : 1;

/** Bulk setup for bench/review.ts: one course of synthetic cards, learners, 100k items and 1M logs (better-sqlite3, one transaction). */
import type Database from "better-sqlite3";

const DAY = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

export interface BenchData {
  courseSlug: string;
  heavyUserId: string;
  learnerIds: string[];
}

export function buildBenchData(
  sql: Database.Database,
  opts: { items: number; logsPerItem: number; learners: number; now: number },
): BenchData {
  const { items, logsPerItem, learners, now } = opts;
  const perLesson = 100;
  const lessons = Math.ceil(items / perLesson) + 1; // the last lesson stays unreviewed: real new cards
  const t = iso(now);
  sql.transaction(() => {
    sql
      .prepare(
        `INSERT INTO Course (id, slug, title, description, position, version, status, createdAt, updatedAt) VALUES ('bc', 'bench-course', 'Bench', '', 0, 1, 'published', ?, ?)`,
      )
      .run(t, t);
    const lesson = sql.prepare(
      `INSERT INTO Lesson (id, slug, courseId, title, summary, body, sources, position, version, status, createdAt, updatedAt) VALUES (?, ?, 'bc', ?, '', '## Body', '', ?, 1, 'published', ?, ?)`,
    );
    const card = sql.prepare(
      `INSERT INTO Flashcard (id, lessonId, front, back, kind, position, version, status, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'card', ?, 1, 'published', ?, ?)`,
    );
    for (let l = 0; l < lessons; l++) {
      lesson.run(`bl${l}`, `bench-lesson-${l}`, `Lesson ${l}`, l, t, t);
      for (let c = 0; c < perLesson; c++)
        card.run(
          `bf${l}-${c}`,
          `bl${l}`,
          `What does call ${l}.${c} do?`,
          `It does **${l}.${c}**; see \`sock.recv()\`.`,
          c,
          t,
          t,
        );
    }
    const user = sql.prepare(
      `INSERT INTO User (id, email, passwordHash, role, disabled, createdAt, updatedAt) VALUES (?, ?, 'x', 'LEARNER', 0, ?, ?)`,
    );
    const settings = sql.prepare(
      `INSERT INTO StudySettings (userId, desiredRetention, newPerDay, maxReviewsPerDay, learningSteps, relearningSteps, timeZone, dayStartHour, updatedAt) VALUES (?, 0.9, 20, 100000, '1m,10m', '10m', 'UTC', 4, ?)`,
    );
    for (let u = 0; u < learners; u++) {
      user.run(`bu${u}`, `bench${u}@bench.local`, t, t);
      settings.run(`bu${u}`, t);
    }
    const item = sql.prepare(
      `INSERT INTO ReviewItem (id, userId, flashcardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, createdAt, updatedAt) VALUES (?, 'bu0', ?, ?, ?, 5.0, 10, ?, 0, ?, 1, 2, ?, ?, ?)`,
    );
    const log = sql.prepare(
      `INSERT INTO ReviewLog (id, reviewItemId, userId, rating, stateBefore, dueBefore, elapsedDays, scheduledDays, durationMs, source, previous, reviewedAt) VALUES (?, ?, 'bu0', 3, 2, ?, 10, 20, 4000, 'review', '{}', ?)`,
    );
    for (let i = 0; i < items; i++) {
      // Due dates spread over the next year, a few overdue: a few hundred due on any day.
      const due = now + ((i * 7919) % 365) * DAY - 2 * DAY;
      const last = now - (1 + (i % 300)) * DAY; // every past review is in the past
      item.run(
        `bi${i}`,
        `bf${Math.floor(i / perLesson)}-${i % perLesson}`,
        iso(due),
        30,
        30,
        logsPerItem,
        iso(last),
        iso(last),
        iso(last),
      );
      for (let k = 0; k < logsPerItem; k++)
        log.run(
          `bl${i}-${k}`,
          `bi${i}`,
          iso(last - k * 40 * DAY),
          iso(last - k * 40 * DAY - (i % 1000) * 60_000),
        );
    }
  })();
  sql.exec("ANALYZE");
  return {
    courseSlug: "bench-course",
    heavyUserId: "bu0",
    learnerIds: Array.from({ length: learners }, (_, u) => `bu${u}`),
  };
}

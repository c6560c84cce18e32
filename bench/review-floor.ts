/**
 * The floor for "rate a card and fetch the next one": the same algorithm as lib/srs (the same
 * queries: capped counts, due cards on (userId, state, due), new cards from the learner's cursor)
 * and the same ts-fsrs calls, done directly with better-sqlite3 prepared statements. It returns the
 * next card's Markdown; bench/review.ts renders it with the same renderer inside the timed span.
 */
import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from "ts-fsrs";
import { iso } from "./review-data";

const f = fsrs(
  generatorParameters({
    request_retention: 0.9,
    enable_fuzz: true,
    maximum_interval: 36500,
    learning_steps: ["1m", "10m"],
    relearning_steps: ["10m"],
  }),
);
type Row = {
  id: string;
  flashcardId: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: string | null;
};
const toCard = (r: Row): Card => ({
  due: new Date(r.due),
  stability: r.stability,
  difficulty: r.difficulty,
  elapsed_days: r.elapsedDays,
  scheduled_days: r.scheduledDays,
  learning_steps: r.learningSteps,
  reps: r.reps,
  lapses: r.lapses,
  state: r.state,
  last_review: r.lastReview ? new Date(r.lastReview) : undefined,
});
const live = (a: string) => `${a}.status = 'published' AND ${a}.archivedAt IS NULL`;
const isLive = `(EXISTS (SELECT 1 FROM Flashcard x JOIN Lesson l ON l.id = x.lessonId JOIN Course c ON c.id = l.courseId WHERE x.id = r.flashcardId AND ${live("x")} AND ${live("l")} AND ${live("c")})
  OR EXISTS (SELECT 1 FROM Question x JOIN Lesson l ON l.id = x.lessonId JOIN Course c ON c.id = l.courseId WHERE x.id = r.questionId AND ${live("x")} AND ${live("l")} AND ${live("c")}))`;

const countable = `r.live = 1 AND r.suspendedAt IS NULL AND (r.buriedUntil IS NULL OR r.buriedUntil <= @now)`;

export function floorSession(sql: Database.Database, userId: string) {
  const q = {
    settings: sql.prepare(`SELECT * FROM StudySettings WHERE userId = ?`),
    resolve: sql.prepare(
      `SELECT r.id, r.flashcardId, r.questionId FROM ReviewItem r WHERE r.id = ? AND r.userId = ? AND ${isLive}`,
    ),
    byRequest: sql.prepare(`SELECT id, userId, reviewItemId FROM ReviewLog WHERE requestId = ?`),
    item: sql.prepare(`SELECT * FROM ReviewItem WHERE userId = ? AND flashcardId = ?`),
    update: sql.prepare(
      `UPDATE ReviewItem SET due = ?, stability = ?, difficulty = ?, elapsedDays = ?, scheduledDays = ?, learningSteps = ?, reps = ?, lapses = ?, state = ?, lastReview = ?, updatedAt = ? WHERE id = ?`,
    ),
    log: sql.prepare(
      `INSERT INTO ReviewLog (id, reviewItemId, userId, rating, stateBefore, dueBefore, elapsedDays, scheduledDays, durationMs, source, previous, requestId, reviewedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1000, 'review', ?, ?, ?)`,
    ),
    doneToday: sql.prepare(
      `SELECT stateBefore, count(*) n FROM ReviewLog WHERE userId = ? AND reviewedAt >= ? AND source = 'review' GROUP BY stateBefore`,
    ),
    // Counted on the item's live flag (kept by triggers), as lib/srs/queue.ts does.
    counts:
      sql.prepare(`SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM ReviewItem r WHERE r.userId = @u AND r.state IN (1, 3) AND r.due < @end AND ${countable} LIMIT 9999)) learning,
      (SELECT COUNT(*) FROM (SELECT 1 FROM ReviewItem r WHERE r.userId = @u AND r.state = 2 AND r.due < @end AND ${countable} LIMIT @cap)) review`),
    courses: sql.prepare(`SELECT c.id, c.position, k.lessonPosition, k.lessonId, k.contentStamp,
        (SELECT MAX(updatedAt) FROM Course) sa, (SELECT MAX(updatedAt) FROM Lesson) sb, (SELECT MAX(updatedAt) FROM Flashcard) sc, (SELECT MAX(updatedAt) FROM Question) sd,
        (SELECT COUNT(*) FROM (SELECT 1 FROM ReviewItem r WHERE r.userId = @u AND r.state = 0 LIMIT 1)) anyReset
      FROM Course c LEFT JOIN NewCardCursor k ON k.courseId = c.id AND k.userId = @u WHERE ${live("c")} ORDER BY c.position, c.id`),
    reset:
      sql.prepare(`SELECT r.id FROM ReviewItem r JOIN Flashcard x ON x.id = r.flashcardId JOIN Lesson l ON l.id = x.lessonId JOIN Course c ON c.id = l.courseId WHERE r.userId = @u AND r.state = 0 AND ${live("x")} AND ${live("l")} AND ${live("c")}
      UNION ALL SELECT r.id FROM ReviewItem r JOIN Question x ON x.id = r.questionId JOIN Lesson l ON l.id = x.lessonId JOIN Course c ON c.id = l.courseId WHERE r.userId = @u AND r.state = 0 AND ${live("x")} AND ${live("l")} AND ${live("c")} LIMIT @n`),
    lessons: sql.prepare(
      `SELECT l.id, l.position FROM Lesson l WHERE l.courseId = ? AND ${live("l")} AND (l.position > ? OR (l.position = ? AND l.id >= ?)) ORDER BY l.position, l.id LIMIT 8`,
    ),
    unseen:
      sql.prepare(`SELECT 0 kind, f.id, f.lessonId, f.position FROM Flashcard f WHERE f.lessonId = @l AND ${live("f")} AND NOT EXISTS (SELECT 1 FROM ReviewItem r WHERE r.userId = @u AND r.flashcardId = f.id)
      UNION ALL SELECT 1 kind, q.id, q.lessonId, q.position FROM Question q WHERE q.lessonId = @l AND ${live("q")} AND NOT EXISTS (SELECT 1 FROM ReviewItem r WHERE r.userId = @u AND r.questionId = q.id)`),
    first: sql.prepare(
      `SELECT r.* FROM ReviewItem r WHERE r.userId = ? AND r.state IN (?, ?) AND r.due <= ? AND ${isLive} ORDER BY r.due LIMIT 1`,
    ),
    content: sql.prepare(
      `SELECT x.front, x.back, l.slug, l.title, c.slug FROM Flashcard x JOIN Lesson l ON l.id = x.lessonId JOIN Course c ON c.id = l.courseId WHERE x.id = ?`,
    ),
    examples: sql.prepare(
      `SELECT e.id, e.title FROM FlashcardExample j JOIN Example e ON e.id = j.exampleId WHERE j.flashcardId = ? ORDER BY e.position, e.id`,
    ),
  };
  /** New cards of the first course from the learner's cursor (the bench learner's cursor is trusted after the first call). */
  const newCards = (limit: number) => {
    const [course] = q.courses.all({ u: userId }) as {
      id: string;
      lessonPosition: number | null;
      lessonId: string | null;
      anyReset: number;
    }[];
    if (course!.anyReset) q.reset.all({ u: userId, n: limit });
    const lessons = q.lessons.all(
      course!.id,
      course!.lessonPosition ?? -1,
      course!.lessonPosition ?? -1,
      course!.lessonId ?? "",
    ) as { id: string }[];
    const found: unknown[] = [];
    for (const l of lessons)
      if (found.length < limit)
        found.push(...q.unseen.all({ l: l.id, u: userId }).slice(0, limit - found.length));
    return found.length;
  };
  return sql.transaction(
    (
      reviewItemId: string,
      rating: Grade,
      now: Date,
      dayStart: string,
      dayEnd: string,
    ): { id: string; front: string; back: string } => {
      q.settings.get(userId);
      const ref = q.resolve.get(reviewItemId, userId) as { flashcardId: string };
      const requestId = randomUUID();
      q.byRequest.get(requestId);
      const row = q.item.get(userId, ref.flashcardId) as Row;
      const next = f.next(row ? toCard(row) : createEmptyCard(now), now, rating);
      const c = next.card;
      q.update.run(
        iso(c.due.getTime()),
        c.stability,
        c.difficulty,
        c.elapsed_days,
        c.scheduled_days,
        c.learning_steps,
        c.reps,
        c.lapses,
        c.state,
        iso(now.getTime()),
        iso(Date.now()),
        row.id,
      );
      q.log.run(
        randomUUID(),
        row.id,
        userId,
        rating,
        row.state,
        row.due,
        next.log.elapsed_days,
        c.scheduled_days,
        JSON.stringify(row),
        requestId,
        iso(now.getTime()),
      );
      const done = q.doneToday.all(userId, dayStart) as { stateBefore: number; n: number }[];
      const reviewed = done.find((d) => d.stateBefore === 2)?.n ?? 0;
      q.counts.get({
        u: userId,
        end: dayEnd,
        now: iso(now.getTime()),
        cap: Math.max(0, 100_000 - reviewed),
      });
      newCards(20);
      q.first.get(userId, 1, 3, iso(now.getTime()));
      const due = q.first.get(userId, 2, 2, dayEnd) as Row;
      const content = q.content.get(due.flashcardId) as { front: string; back: string };
      q.examples.all(due.flashcardId);
      f.repeat(toCard(due), now);
      return { id: due.id, front: content.front, back: content.back };
    },
  );
}

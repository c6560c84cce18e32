/**
 * The floor for "rate a card and fetch the next one": the same reads and writes as lib/srs, and the
 * same ts-fsrs calls, done directly with better-sqlite3 prepared statements in one transaction.
 */
import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from "ts-fsrs";
import { iso } from "./review-data";

const f = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: true, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] }));
type Row = { id: string; flashcardId: string; due: string; stability: number; difficulty: number; elapsedDays: number; scheduledDays: number; learningSteps: number; reps: number; lapses: number; state: number; lastReview: string | null };
const toCard = (r: Row): Card => ({ due: new Date(r.due), stability: r.stability, difficulty: r.difficulty, elapsed_days: r.elapsedDays, scheduled_days: r.scheduledDays, learning_steps: r.learningSteps, reps: r.reps, lapses: r.lapses, state: r.state, last_review: r.lastReview ? new Date(r.lastReview) : undefined });

export function floorSession(sql: Database.Database, userId: string) {
  const live = `f.status = 'published' AND f.archivedAt IS NULL AND l.status = 'published' AND l.archivedAt IS NULL AND c.status = 'published' AND c.archivedAt IS NULL`;
  const q = {
    settings: sql.prepare(`SELECT * FROM StudySettings WHERE userId = ?`),
    byRequest: sql.prepare(`SELECT id FROM ReviewLog WHERE requestId = ?`),
    item: sql.prepare(`SELECT * FROM ReviewItem WHERE userId = ? AND flashcardId = ?`),
    update: sql.prepare(`UPDATE ReviewItem SET due = ?, stability = ?, difficulty = ?, elapsedDays = ?, scheduledDays = ?, learningSteps = ?, reps = ?, lapses = ?, state = ?, lastReview = ?, updatedAt = ? WHERE id = ?`),
    log: sql.prepare(`INSERT INTO ReviewLog (id, reviewItemId, userId, rating, stateBefore, dueBefore, elapsedDays, scheduledDays, durationMs, source, previous, requestId, reviewedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1000, 'review', ?, ?, ?)`),
    doneToday: sql.prepare(`SELECT stateBefore, count(*) n FROM ReviewLog WHERE userId = ? AND source = 'review' AND reviewedAt >= ? GROUP BY stateBefore`),
    countState: sql.prepare(`SELECT count(*) n FROM ReviewItem r JOIN Flashcard f ON f.id = r.flashcardId JOIN Lesson l ON l.id = f.lessonId JOIN Course c ON c.id = l.courseId WHERE r.userId = ? AND r.state IN (?, ?) AND r.due < ? AND ${live}`),
    fresh: sql.prepare(`SELECT f.id FROM Flashcard f JOIN Lesson l ON l.id = f.lessonId JOIN Course c ON c.id = l.courseId WHERE ${live} AND (NOT EXISTS (SELECT 1 FROM ReviewItem r WHERE r.userId = ? AND r.flashcardId = f.id) OR EXISTS (SELECT 1 FROM ReviewItem r WHERE r.userId = ? AND r.flashcardId = f.id AND r.state = 0)) ORDER BY c.position, l.position, f.position LIMIT ?`),
    first: sql.prepare(`SELECT r.id, r.flashcardId FROM ReviewItem r JOIN Flashcard f ON f.id = r.flashcardId JOIN Lesson l ON l.id = f.lessonId JOIN Course c ON c.id = l.courseId WHERE r.userId = ? AND r.state IN (?, ?) AND r.due <= ? AND ${live} ORDER BY r.due LIMIT 1`),
    content: sql.prepare(`SELECT f.front, f.back, l.slug, l.title FROM Flashcard f JOIN Lesson l ON l.id = f.lessonId WHERE f.id = ?`),
  };
  return sql.transaction((flashcardId: string, rating: Grade, now: Date, dayStart: string, dayEnd: string, tomorrowEnd: string) => {
    q.settings.get(userId);
    const requestId = randomUUID();
    q.byRequest.get(requestId);
    const row = q.item.get(userId, flashcardId) as Row;
    const next = f.next(row ? toCard(row) : createEmptyCard(now), now, rating);
    const c = next.card;
    q.update.run(iso(c.due.getTime()), c.stability, c.difficulty, c.elapsed_days, c.scheduled_days, c.learning_steps, c.reps, c.lapses, c.state, iso(now.getTime()), iso(now.getTime()), row.id);
    q.log.run(randomUUID(), row.id, userId, rating, row.state, row.due, next.log.elapsed_days, c.scheduled_days, JSON.stringify(row), requestId, iso(now.getTime()));
    q.doneToday.all(userId, dayStart);
    q.countState.get(userId, 1, 3, dayEnd);
    q.countState.get(userId, 2, 2, dayEnd);
    q.countState.get(userId, 1, 3, tomorrowEnd);
    q.fresh.all(userId, userId, 20);
    q.first.get(userId, 1, 3, iso(now.getTime()));
    const due = q.first.get(userId, 2, 2, dayEnd) as { id: string; flashcardId: string };
    q.content.get(due.flashcardId);
    f.repeat(toCard(q.item.get(userId, due.flashcardId) as Row), now);
    return due.flashcardId;
  });
}

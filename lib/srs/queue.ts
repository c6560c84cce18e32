/**
 * A learner's due queue: learning and relearning cards first, then reviews due today (up to the
 * daily maximum), then new cards up to the daily new limit, in course → lesson → position order.
 * Every read walks an index and stops early: due cards on (userId, state, due), counts capped like
 * Anki's (reviews at what is left of the daily maximum), new cards from the learner's cursor.
 */
import { Prisma, type StudySettings } from "../generated/prisma/client";
import { State } from "ts-fsrs";
import { stateOf, type ItemState } from "./card";
import { clockOf, studyDayNumber, studyDayStart } from "./day";
import { newCandidates } from "./new-cards";
import { asSql, type Db } from "../db-raw";
import {
  int,
  ints,
  itemColumns,
  itemIsLive,
  itemIsLiveFlag,
  itemIsStudyable,
  num,
  type ItemRow,
} from "./sql";

/** Like Anki's learn-ahead limit: with nothing else left, a learning card due this soon is shown now. */
export const LEARN_AHEAD_MS = 20 * 60_000;
/** Learning cards are few; the count stops here so a pathological backlog can't slow the page. */
const LEARNING_COUNT_CAP = 9_999;

/** `state` is the item's current schedule when it has one (saves the card view a read). */
export type QueueEntry = {
  reviewItemId: string | null;
  flashcardId: string | null;
  questionId: string | null;
  state?: ItemState;
};
export interface QueueCounts {
  learning: number;
  review: number;
  new: number;
}
/** `dueTomorrow` is only counted when nothing is left now (the finished screen is its only reader). */
export interface StudyQueue {
  next: QueueEntry | null;
  counts: QueueCounts;
  nextLearningAt: Date | null;
  dueTomorrow: number | null;
}

const entryOf = (i: ItemRow): QueueEntry => ({
  reviewItemId: i.id,
  flashcardId: i.flashcardId,
  questionId: i.questionId,
  state: stateOf(i),
});
const LEARNING = [State.Learning, State.Relearning] as const;
const raw = Prisma.raw;

export async function studyQueue(
  db: Db,
  settings: StudySettings,
  options: { now: Date; courseSlug?: string },
): Promise<StudyQueue> {
  const sql = asSql(db);
  const { now, courseSlug } = options;
  const userId = settings.userId;
  const clock = clockOf(settings);
  const today = studyDayNumber(now, clock);
  const day = { start: studyDayStart(today, clock), end: studyDayStart(today + 1, clock) };
  // Suspended and buried items never come: every read below checks both beside "live".
  const isLive = Prisma.sql`${itemIsStudyable(now)} AND ${itemIsLive(courseSlug)}`;
  // The counts walk every card due today: they read the item's own flag (kept by triggers, lib/srs/sql.ts),
  // not three lookups per card; the reads that return a card still check the content itself.
  const countable = Prisma.sql`${itemIsStudyable(now)} AND ${itemIsLiveFlag(courseSlug)}`;
  const firstSql = (
    states: readonly number[],
    before: Date,
    inclusive: boolean,
  ) => Prisma.sql`SELECT * FROM (SELECT ${itemColumns}, ${int(states[0]!)} AS "queue" FROM "ReviewItem" r
    WHERE r."userId" = ${userId} AND r."state" IN (${ints(states)}) AND r."due" ${inclusive ? raw("<=") : raw("<")} ${before} AND ${isLive} ORDER BY r."due" LIMIT 1) ${raw(`q${states[0]}`)}`;
  const firstDue = async (states: readonly number[], before: Date, inclusive: boolean) =>
    (await sql.rows<ItemRow>(firstSql(states, before, inclusive)))[0] ?? null;

  // Today's ratings and the capped counts in one read; reviews are counted up to the daily maximum, then capped by what is left of it.
  const [counted] = await sql.rows<
    Record<"learning" | "review" | "doneNew" | "doneReview", unknown>
  >(Prisma.sql`SELECT
    (SELECT COUNT(*) FROM (SELECT 1 FROM "ReviewItem" r WHERE r."userId" = ${userId} AND r."state" IN (${ints(LEARNING)}) AND r."due" < ${day.end} AND ${countable} LIMIT ${int(LEARNING_COUNT_CAP)}) a) AS learning,
    (SELECT COUNT(*) FROM (SELECT 1 FROM "ReviewItem" r WHERE r."userId" = ${userId} AND r."state" = ${int(State.Review)} AND r."due" < ${day.end} AND ${countable} LIMIT ${int(Math.max(0, settings.maxReviewsPerDay))}) b) AS review,
    d."doneNew", d."doneReview" FROM ${doneToday(userId, day.start)} d`);
  const reviewCap = Math.max(0, settings.maxReviewsPerDay - num(counted?.doneReview));
  const newLeft = Math.max(0, settings.newPerDay - num(counted?.doneNew));
  // The first learning card due now and the first review due today, in one read.
  const firsts = async () => {
    const rows = await sql.rows<ItemRow & { queue: unknown }>(
      Prisma.sql`${firstSql(LEARNING, now, true)} ${reviewCap > 0 ? Prisma.sql`UNION ALL ${firstSql([State.Review], day.end, false)}` : Prisma.empty}`,
    );
    return [
      rows.find((r) => num(r.queue) === State.Learning) ?? null,
      rows.find((r) => num(r.queue) === State.Review) ?? null,
    ] as const;
  };
  const [fresh, [learningNow, review]] = await Promise.all([
    newCandidates(sql, userId, newLeft, now, courseSlug),
    firsts(),
  ]);
  const counts = {
    learning: num(counted?.learning),
    review: Math.min(num(counted?.review), reviewCap),
    new: fresh.length,
  };
  const found = (next: QueueEntry) => ({ next, counts, nextLearningAt: null, dueTomorrow: null });
  if (learningNow) return found(entryOf(learningNow));
  if (review) return found(entryOf(review));
  if (fresh[0]) return found(fresh[0]);
  const later = counts.learning > 0 ? await firstDue(LEARNING, day.end, false) : null;
  if (later && later.due.getTime() - now.getTime() <= LEARN_AHEAD_MS) return found(entryOf(later));
  // The end of tomorrow from the wall clock, not 24 hours on: a DST change makes a day 23 or 25 hours.
  const tomorrowEnd = studyDayStart(today + 2, clock);
  const [tomorrow] = await sql.rows<{ n: unknown }>(
    Prisma.sql`SELECT COUNT(*) AS n FROM "ReviewItem" r WHERE r."userId" = ${userId} AND r."state" IN (${ints([State.Learning, State.Review, State.Relearning])}) AND r."due" < ${tomorrowEnd}
      AND r."suspendedAt" IS NULL AND (r."buriedUntil" IS NULL OR r."buriedUntil" < ${tomorrowEnd}) AND ${itemIsLiveFlag(courseSlug)}`,
  );
  return { next: null, counts, nextLearningAt: later?.due ?? null, dueTomorrow: num(tomorrow?.n) };
}

/**
 * Review-session ratings since the study day began, by the state the card was in: New (introduced) and
 * Review (reviewed). One pass over today's logs for both.
 */
const doneToday = (userId: string, since: Date) => Prisma.sql`(SELECT
    COALESCE(SUM(CASE WHEN g."stateBefore" = ${int(State.New)} THEN 1 ELSE 0 END), 0) AS "doneNew",
    COALESCE(SUM(CASE WHEN g."stateBefore" = ${int(State.Review)} THEN 1 ELSE 0 END), 0) AS "doneReview"
  FROM "ReviewLog" g WHERE g."userId" = ${userId} AND g."reviewedAt" >= ${since} AND g."source" = 'review')`;

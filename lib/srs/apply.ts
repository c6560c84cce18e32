/**
 * Records one rating of one learner's item: creates the ReviewItem on its first rating, writes
 * the ReviewLog (with the full previous state, for undo) and moves the item on, all in one
 * transaction. Review sessions and quiz answers both come through here.
 */
import "server-only";
import type { Grade } from "ts-fsrs";
import { Prisma, type PrismaClient, type StudySettings } from "../generated/prisma/client";
import { newItemState, serializeState, stateOf, type ItemState } from "./card";
import { fuzzSeed, scheduleAll } from "./schedule";
import { sqlOf, transaction, viaPrisma, type Sql } from "../db-raw";
import { isUniqueViolation } from "../db/errors";
import { loadStudySettings } from "./settings";
import { itemColumns, newId, type ItemRow } from "./sql";
import type { Tx } from "../db";
import {
  flagsOf,
  isBuried,
  isSuspended,
  NO_FLAGS,
  serializeFlags,
  type ItemFlags,
  type LeechAction,
} from "./flags";
import { burySiblings } from "./siblings";
import { clockOf, studyDayNumber, studyDayStart } from "./day";

export type ItemRef = { flashcardId: string } | { questionId: string };

export interface ApplyRatingInput {
  userId: string;
  item: ItemRef;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  durationMs: number;
  source: "review" | "quiz";
  /** Client-generated key: the same key twice records one rating. */
  requestId?: string;
  now?: Date;
  /** The learner's settings when the caller already has them (saves a read). */
  settings?: StudySettings;
  /** Anki fuzzes day intervals; the reference comparison turns it off. */
  fuzz?: boolean;
  /** An offline rating replayed at its own time (lib/srs/replay.ts): a bury doesn't refuse it. */
  replay?: boolean;
}

/** A review-session rating as POST /api/review and custom study receive it. */
export interface SessionRating {
  rating: number;
  durationMs: number;
  requestId: string;
}
/** A review-session rating of a learner's card made at `at`: a rating (applyRating), or an offline one replayed at its time (replayRating). */
export type ReviewRatingInput = ApplyRatingInput & {
  source: "review";
  requestId: string;
  now: Date;
  settings: StudySettings;
};

/** The one place a session rating becomes scheduler input: rateCard, its replay and custom study all build it here. */
export const reviewRating = (
  userId: string,
  item: ItemRef,
  input: SessionRating,
  at: Date,
  settings: StudySettings,
): ReviewRatingInput => ({
  userId,
  item,
  rating: input.rating,
  durationMs: input.durationMs,
  source: "review",
  requestId: input.requestId,
  now: at,
  settings,
});

/** The content a resolved item is about (its review item id dropped). */
export const contentRef = (item: ItemRef): ItemRef =>
  "flashcardId" in item ? { flashcardId: item.flashcardId } : { questionId: item.questionId };

export interface AppliedRating {
  itemId: string;
  logId: string;
  duplicate: boolean;
  state: ItemState;
  /** This rating made the card a leech: suspended, or only tagged (the learner's leechAction). */
  becameLeech?: LeechAction;
}

export class RatingError extends Error {}

const isClient = (tx: Tx | PrismaClient): tx is PrismaClient => "$transaction" in tx;

/** Pass `db` (a transaction is opened here) or a transaction client (the caller's transaction is used). */
export async function applyRating(
  tx: Tx | PrismaClient,
  input: ApplyRatingInput,
): Promise<AppliedRating> {
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 4)
    throw new RatingError("A rating is 1 (Again) to 4 (Easy).");
  if (!isClient(tx)) return applyIn(viaPrisma(tx), input);
  for (let attempt = 0; ; attempt++) {
    try {
      return await transaction(tx, (sql) => applyIn(sql, input));
    } catch (e) {
      // A concurrent submission won the race: on the requestId (return its result) or on creating the item (retry once).
      if (!isUniqueViolation(e) || attempt > 0) throw e;
      const recorded = input.requestId
        ? await recordedRating(await sqlOf(tx), input.userId, input.requestId)
        : null;
      if (recorded) return recorded;
    }
  }
}

// Raw reads and update: this is the rating hot path (see lib/srs/sql.ts).
async function recordedRating(
  sql: Sql,
  userId: string,
  requestId: string,
): Promise<AppliedRating | null> {
  // Log first, item second: joined, SQLite's planner can misjudge the mostly-NULL requestId index and scan items.
  const [log] = await sql.rows<{ id: string; userId: string; reviewItemId: string }>(
    Prisma.sql`SELECT "id", "userId", "reviewItemId" FROM "ReviewLog" WHERE "requestId" = ${requestId}`,
  );
  if (!log) return null;
  if (log.userId !== userId) throw new RatingError("That request id was already used.");
  const [item] = await sql.rows<ItemRow>(
    Prisma.sql`SELECT ${itemColumns} FROM "ReviewItem" r WHERE r."id" = ${log.reviewItemId}`,
  );
  return { itemId: log.reviewItemId, logId: log.id, duplicate: true, state: stateOf(item!) };
}

/** The learner's item for this content (if any) and, in the same read, whether this requestId was already recorded. */
async function findItem(
  sql: Sql,
  userId: string,
  item: ItemRef,
  requestId?: string,
): Promise<{ existing: ItemRow | null; recorded: boolean }> {
  const match =
    "flashcardId" in item
      ? Prisma.sql`r."flashcardId" = ${item.flashcardId}`
      : Prisma.sql`r."questionId" = ${item.questionId}`;
  const [row] = await sql.rows<ItemRow & { recorded: unknown }>(Prisma.sql`SELECT ${itemColumns},
      ${requestId ? Prisma.sql`(SELECT COUNT(*) FROM "ReviewLog" g WHERE g."requestId" = ${requestId})` : Prisma.sql`0`} AS "recorded"
    FROM (SELECT 1 AS one) one LEFT JOIN "ReviewItem" r ON r."userId" = ${userId} AND ${match}`);
  return { existing: row?.id ? row : null, recorded: Number(row?.recorded ?? 0) > 0 };
}

function updateItem(sql: Sql, id: string, s: ItemState, f: ItemFlags) {
  return sql.run(Prisma.sql`UPDATE "ReviewItem" SET "due" = ${s.due}, "stability" = ${s.stability}, "difficulty" = ${s.difficulty}, "elapsedDays" = ${s.elapsedDays},
    "scheduledDays" = ${s.scheduledDays}, "learningSteps" = ${s.learningSteps}, "reps" = ${s.reps}, "lapses" = ${s.lapses}, "state" = ${s.state},
    "lastReview" = ${s.lastReview}, "suspendedAt" = ${f.suspendedAt}, "leech" = ${f.leech}, "updatedAt" = ${new Date()} WHERE "id" = ${id}`);
}

/** A lapse that reaches the learner's threshold makes the card a leech (once), suspended or only tagged. */
function leechAfter(
  before: ItemState,
  after: ItemState,
  flags: ItemFlags,
  settings: StudySettings,
  now: Date,
): { flags: ItemFlags; becameLeech?: LeechAction } {
  if (flags.leech || after.lapses <= before.lapses || after.lapses < settings.leechThreshold)
    return { flags };
  const suspend = settings.leechAction !== "tag";
  return {
    flags: { ...flags, leech: true, suspendedAt: suspend ? now : flags.suspendedAt },
    becameLeech: suspend ? "suspend" : "tag",
  };
}

async function applyIn(sql: Sql, input: ApplyRatingInput): Promise<AppliedRating> {
  const { userId, item, rating, durationMs, source, requestId } = input;
  const now = input.now ?? new Date();
  const [settings, { existing, recorded }] = await Promise.all([
    input.settings ?? loadStudySettings(sql, userId),
    findItem(sql, userId, item, requestId),
  ]);
  // A repeated requestId returns what was recorded for it, writing nothing.
  if (recorded && requestId) {
    const earlier = await recordedRating(sql, userId, requestId);
    if (earlier) return earlier;
  }
  const flagsBefore = existing ? flagsOf(existing) : NO_FLAGS;
  // Suspended and buried cards are out of review: a rating for one is refused (quiz answers still count).
  if (source === "review" && isSuspended(flagsBefore))
    throw new RatingError("That card is suspended; unsuspend it to review it.");
  if (source === "review" && !input.replay && isBuried(flagsBefore, now))
    throw new RatingError("That card is buried until your next study day.");
  const before = existing ? stateOf(existing) : newItemState(now);
  const next = scheduleAll(before, now, settings, {
    seed: fuzzSeed(userId, item, before),
    fuzz: input.fuzz,
  })[rating as Grade];
  const after = next.state;
  const { flags, becameLeech } = leechAfter(before, after, flagsBefore, settings, now);
  const itemId = existing?.id ?? newId();
  const written = new Date();
  if (existing) await updateItem(sql, itemId, after, flags);
  else
    await sql.run(Prisma.sql`INSERT INTO "ReviewItem" ("id", "userId", "flashcardId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "createdAt", "updatedAt")
    VALUES (${itemId}, ${userId}, ${"flashcardId" in item ? item.flashcardId : null}, ${"questionId" in item ? item.questionId : null}, ${after.due}, ${after.stability}, ${after.difficulty}, ${after.elapsedDays},
      ${after.scheduledDays}, ${after.learningSteps}, ${after.reps}, ${after.lapses}, ${after.state}, ${after.lastReview}, ${written}, ${written})`);
  // The other kind from the same lesson section waits for the next study day (review sessions only).
  const buried =
    source === "review" && settings.buryRelated
      ? await burySiblings(sql, userId, item, nextStudyDay(settings, now), now)
      : [];
  const logId = newId();
  const previous = serializeState(before, !existing, {
    ...serializeFlags(flagsBefore),
    ...(buried.length ? { buried } : {}),
  });
  await sql.run(Prisma.sql`INSERT INTO "ReviewLog" ("id", "reviewItemId", "userId", "rating", "stateBefore", "dueBefore", "elapsedDays", "scheduledDays", "durationMs", "source", "previous", "requestId", "reviewedAt")
    VALUES (${logId}, ${itemId}, ${userId}, ${rating}, ${before.state}, ${before.due}, ${next.elapsedDays}, ${after.scheduledDays}, ${Math.max(0, Math.round(durationMs))},
      ${source}, ${previous}, ${requestId ?? null}, ${now})`);
  return { itemId, logId, duplicate: false, state: after, ...(becameLeech ? { becameLeech } : {}) };
}

/** The start of the learner's next study day (lib/srs/day.ts): when a card buried now comes back. */
export function nextStudyDay(settings: StudySettings, now: Date): Date {
  const clock = clockOf(settings);
  return studyDayStart(studyDayNumber(now, clock) + 1, clock);
}

/**
 * A rating made offline (lib/offline) and replayed later, at the time it was made. The written rule
 * (docs/decisions/0017-offline.md): every rating's log is kept, and the state of the card is the one
 * its latest schedule-changing event gave it, in time order.
 * - Nothing changed the card's schedule after the offline rating's time: the rating is applied on top
 *   of the card as it is now, at its own time (an online rating made before it counts first).
 * - A rating (another device, a quiz answer), a reset or a reschedule came after it: that later event
 *   wins the state. The offline rating is logged (its state before = the state the later event started
 *   from, its interval as it would have been), and the card is left as it is.
 * - The card is suspended now: the suspend wins; the rating is logged, the card left alone.
 * Buried cards take the rating (a bury only hides a card for the day; the learner did review it).
 * Cards removed since (archived, unpublished) are refused like any rating (404): nothing to keep it on.
 */
import "server-only";
import type { Grade } from "ts-fsrs";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { applyRating, RatingError, type AppliedRating, type ReviewRatingInput } from "./apply";
import { parseState, serializeState, stateOf, type ItemState } from "./card";
import { sqlOf, type Sql } from "../db-raw";
import { isUniqueViolation } from "../db/errors";
import { flagsOf, isSuspended, serializeFlags } from "./flags";
import { fuzzSeed, scheduleAll } from "./schedule";
import { itemColumns, newId, type ItemRow } from "./sql";

/** Why an offline rating did not move the card: what won instead. */
export type ReplayConflict = "later-rating" | "later-reset" | "later-reschedule" | "suspended";

export interface Replayed extends AppliedRating {
  /** Set when the rating was only logged: what kept the card's state. */
  conflict?: ReplayConflict;
}

/** The sources that change a card's schedule (flag actions and cram practice don't). */
const SCHEDULING = Prisma.join(["review", "quiz", "reset", "reschedule"]);

const conflictOf = (source: string): ReplayConflict =>
  source === "reset"
    ? "later-reset"
    : source === "reschedule"
      ? "later-reschedule"
      : "later-rating";

export async function replayRating(db: PrismaClient, input: ReviewRatingInput): Promise<Replayed> {
  const { userId, item, now: at, requestId } = input;
  const sql = await sqlOf(db);
  const [recorded] = await sql.rows<{ id: string }>(
    Prisma.sql`SELECT "id" FROM "ReviewLog" WHERE "requestId" = ${requestId}`,
  );
  // Already recorded (a retry after a lost answer): applyRating returns what was recorded.
  if (recorded) return replayApply(db, input);
  const match =
    "flashcardId" in item
      ? Prisma.sql`r."flashcardId" = ${item.flashcardId}`
      : Prisma.sql`r."questionId" = ${item.questionId}`;
  const [existing] = await sql.rows<ItemRow>(
    Prisma.sql`SELECT ${itemColumns} FROM "ReviewItem" r WHERE r."userId" = ${userId} AND ${match}`,
  );
  if (!existing) return replayApply(db, input);
  // The first schedule-changing event after the offline rating: its `previous` is the state the card had at that time.
  const [later] = await sql.rows<{ source: string; previous: string }>(
    Prisma.sql`SELECT g."source", g."previous" FROM "ReviewLog" g WHERE g."reviewItemId" = ${existing.id} AND g."reviewedAt" > ${at}
      AND g."source" IN (${SCHEDULING}) ORDER BY g."reviewedAt", g."id" LIMIT 1`,
  );
  if (later) {
    return keepOnly(
      sql,
      input,
      existing,
      parseState(later.previous).state,
      conflictOf(later.source),
    );
  }
  if (isSuspended(flagsOf(existing)))
    return keepOnly(sql, input, existing, stateOf(existing), "suspended");
  return replayApply(db, input);
}

const replayApply = (db: PrismaClient, input: ReviewRatingInput) =>
  applyRating(db, { ...input, replay: true });

/** Logs the rating as it would have been at its time, from the state the card had then; the card itself is not touched. */
async function keepOnly(
  sql: Sql,
  input: ReviewRatingInput,
  existing: ItemRow,
  before: ItemState,
  conflict: ReplayConflict,
): Promise<Replayed> {
  const { userId, item, rating, now: at, requestId, settings } = input;
  if (!Number.isInteger(rating) || rating < 1 || rating > 4)
    throw new RatingError("A rating is 1 (Again) to 4 (Easy).");
  const next = scheduleAll(before, at, settings, { seed: fuzzSeed(userId, item, before) })[
    rating as Grade
  ];
  const logId = newId();
  const previous = serializeState(before, false, {
    ...serializeFlags(flagsOf(existing)),
    superseded: conflict,
  });
  try {
    await sql.run(Prisma.sql`INSERT INTO "ReviewLog" ("id", "reviewItemId", "userId", "rating", "stateBefore", "dueBefore", "elapsedDays", "scheduledDays", "durationMs", "source", "previous", "requestId", "reviewedAt")
      VALUES (${logId}, ${existing.id}, ${userId}, ${rating}, ${before.state}, ${before.due}, ${next.elapsedDays}, ${next.state.scheduledDays}, ${Math.max(0, Math.round(input.durationMs))},
        ${"review"}, ${previous}, ${requestId}, ${at})`);
  } catch (e) {
    // The same rating sent twice at once: the first one's log stands.
    if (isUniqueViolation(e))
      return { itemId: existing.id, logId, duplicate: true, state: stateOf(existing), conflict };
    throw e;
  }
  return { itemId: existing.id, logId, duplicate: false, state: stateOf(existing), conflict };
}

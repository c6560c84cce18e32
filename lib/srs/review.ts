/**
 * The review session's data-access layer: what the /review page and POST /api/review call.
 * Every function takes the signed-in user and only ever touches that learner's items.
 */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { Prisma, type StudySettings } from "../generated/prisma/client";
import type { ItemRefInput, RateRequest } from "../validations/srs";
import {
  applyRating,
  contentRef,
  nextStudyDay,
  RatingError,
  reviewRating,
  type ItemRef,
} from "./apply";
import { changeFlag } from "./card-flags";
import { studyQueue, type QueueCounts, type QueueEntry } from "./queue";
import { asSql, sqlOf, type Db, type Sql } from "../db-raw";
import { loadStudySettings } from "./settings";
import { itemIsLive, live } from "./sql";
import { resetItem, undoableLog, undoLastAction, type FlagAction, type UndoneAction } from "./undo";
import { reviewCard, type ReviewCard } from "./view";
import { customSuggestions, type Suggestions } from "./custom-rules";
import { replayRating, type ReplayConflict } from "./replay";

const raw = Prisma.raw;

/** `dueTomorrow` is counted only when no card is left now (see lib/srs/queue.ts). */
export interface ReviewState {
  card: ReviewCard | null;
  counts: QueueCounts;
  nextLearningAt: string | null;
  dueTomorrow: number | null;
  canUndo: boolean;
  /** With nothing left now: what custom study and the next lesson offer (the finished screen). */
  suggestions: Suggestions | null;
}
/** `undone` says what an undo took back (the session's rating count only moves for a rating); `leech` that the rating just made the card a leech. */
export type ReviewResult =
  | {
      ok: true;
      review: ReviewState;
      undone?: UndoneAction;
      /** Cards the undo took back: more than one for a Browse bulk action. */
      count?: number;
      leech?: "suspend" | "tag";
      /** A replayed offline rating that was only logged: what kept the card's state (lib/srs/replay.ts). */
      conflict?: ReplayConflict;
    }
  | { ok: false; status: 404 | 409; error: string };

/** What this request already knows: the settings it loaded, the card to show first (after an undo), whether undo is possible. */
interface Known {
  sql?: Sql;
  settings?: StudySettings;
  show?: QueueEntry;
  canUndo?: boolean;
}

/** The session as it stands: the card to show (or `show` first, after an undo), counts, undo. */
export async function reviewState(
  user: CurrentUser,
  courseSlug?: string,
  now = new Date(),
  known: Known = {},
): Promise<ReviewState> {
  const sql = known.sql ?? (await sqlOf(db));
  const settings = known.settings ?? (await loadStudySettings(sql, user.id));
  const [queue, canUndo] = await Promise.all([
    studyQueue(sql, settings, { now, courseSlug }),
    known.canUndo ?? undoableLog(sql, user.id).then((log) => log !== null),
  ]);
  const entry = known.show ?? queue.next;
  const card = entry ? await reviewCard(sql, settings, entry, now) : null;
  const suggestions = card ? null : await customSuggestions(user.id, courseSlug, now);
  return {
    card,
    suggestions,
    counts: queue.counts,
    nextLearningAt: queue.nextLearningAt?.toISOString() ?? null,
    dueTomorrow: queue.dueTomorrow,
    canUndo,
  };
}

/** Turns the client's reference into this learner's live item, or null (unknown, someone else's, or hidden). One indexed read. */
export async function resolveItem(
  db: Db,
  userId: string,
  ref: ItemRefInput,
): Promise<(ItemRef & { reviewItemId: string | null }) | null> {
  const sql = asSql(db);
  if ("reviewItemId" in ref) {
    const [item] = await sql.rows<{
      id: string;
      flashcardId: string | null;
      questionId: string | null;
    }>(Prisma.sql`
      SELECT r."id", r."flashcardId", r."questionId" FROM "ReviewItem" r WHERE r."id" = ${ref.reviewItemId} AND r."userId" = ${userId} AND ${itemIsLive()}`);
    if (!item) return null;
    return item.flashcardId
      ? { flashcardId: item.flashcardId, reviewItemId: item.id }
      : { questionId: item.questionId ?? "", reviewItemId: item.id };
  }
  const [table, id] =
    "flashcardId" in ref
      ? (['"Flashcard"', ref.flashcardId] as const)
      : (['"Question"', ref.questionId] as const);
  const rows =
    await sql.rows<unknown>(Prisma.sql`SELECT 1 FROM ${raw(table)} x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
    WHERE x."id" = ${id} AND ${live("x")} AND ${live("l")} AND ${live("c")}`);
  return rows.length ? { ...ref, reviewItemId: null } : null;
}

const notYours = { ok: false, status: 404, error: "That card isn't one you can review." } as const;

/** Records a rating (idempotent by requestId) and returns the next card. */
export async function rateCard(
  user: CurrentUser,
  input: RateRequest,
  now = new Date(),
): Promise<ReviewResult> {
  const sql = await sqlOf(db);
  const [item, settings] = await Promise.all([
    resolveItem(sql, user.id, input.itemRef),
    loadStudySettings(sql, user.id),
  ]);
  if (!item) return notYours;
  const ref = contentRef(item);
  let becameLeech: "suspend" | "tag" | undefined;
  let conflict: ReplayConflict | undefined;
  try {
    if (input.reviewedAt)
      // An offline rating replayed at its own time (never later than now: clocks differ a little).
      ({ becameLeech, conflict } = await replayRating(
        db,
        reviewRating(
          user.id,
          ref,
          input,
          new Date(Math.min(input.reviewedAt.getTime(), now.getTime())),
          settings,
        ),
      ));
    else
      ({ becameLeech } = await applyRating(db, reviewRating(user.id, ref, input, now, settings)));
  } catch (e) {
    if (e instanceof RatingError) return { ok: false, status: 409, error: e.message };
    throw e;
  }
  // The rating just written is the learner's latest review log, so it can be undone.
  return {
    ok: true,
    review: await reviewState(user, input.courseSlug, now, { sql, settings, canUndo: true }),
    ...(becameLeech ? { leech: becameLeech } : {}),
    ...(conflict ? { conflict } : {}),
  };
}

export async function undoLast(
  user: CurrentUser,
  courseSlug?: string,
  now = new Date(),
): Promise<ReviewResult> {
  const undone = await db.$transaction((tx) => undoLastAction(tx, user.id));
  if (!undone) return { ok: false, status: 409, error: "There is nothing to undo." };
  const review = await reviewState(user, courseSlug, now, { show: undone.entry ?? undefined });
  return { ok: true, review, undone: undone.undone, count: undone.count };
}

export async function resetCard(
  user: CurrentUser,
  ref: ItemRefInput,
  courseSlug?: string,
  now = new Date(),
): Promise<ReviewResult> {
  const sql = await sqlOf(db);
  const item = await resolveItem(sql, user.id, ref);
  if (!item) return notYours;
  // A card never rated is already new: nothing to reset, nothing logged (undo then takes back the action before).
  const reviewItemId = item.reviewItemId;
  if (reviewItemId) await db.$transaction((tx) => resetItem(tx, user.id, reviewItemId, now));
  // The reset is now the learner's last action, so it can be undone.
  return {
    ok: true,
    review: await reviewState(user, courseSlug, now, {
      sql,
      canUndo: reviewItemId ? true : undefined,
    }),
  };
}

/** Suspend, bury (until the next study day), unsuspend or unbury one of the learner's cards; then the session as it stands. */
export async function flagCard(
  user: CurrentUser,
  ref: ItemRefInput,
  action: FlagAction,
  courseSlug?: string,
  now = new Date(),
): Promise<ReviewResult> {
  const sql = await sqlOf(db);
  const [item, settings] = await Promise.all([
    resolveItem(sql, user.id, ref),
    loadStudySettings(sql, user.id),
  ]);
  if (!item) return notYours;
  const until = nextStudyDay(settings, now);
  const changed = await db.$transaction((tx) => changeFlag(tx, user.id, item, action, now, until));
  if (!changed) return { ok: false, status: 409, error: alreadyDone[action] };
  return {
    ok: true,
    review: await reviewState(user, courseSlug, now, { sql, settings, canUndo: true }),
  };
}

const alreadyDone: Record<FlagAction, string> = {
  suspend: "That card is already suspended.",
  unsuspend: "That card isn't suspended.",
  bury: "That card is already buried.",
  unbury: "That card isn't buried.",
};

/**
 * Custom study, like Anki's: review ahead (review cards due in the next N study days, rated as real
 * reviews: FSRS handles the early review), the cards failed today, and a lesson's cards regardless of
 * schedule (cram). Failed-today and cram ratings are logged with source "cram" and leave the card's
 * schedule exactly as it was, unless the learner ticked "reschedule cards based on my answers"
 * (then they are ordinary reviews). Stats, retention, daily limits and the optimizer count source
 * "review" only, so a cram log never counts as a scheduled review (decision 0004).
 *
 * The session's list is built once when it starts (at most CUSTOM_MAX cards) and held by the client,
 * which sends each rating with the card to show next; every rating is checked against the session's
 * rule (a review-ahead card must be a review card, a cram card must be in the lesson, a failed card
 * must have an Again today) so a crafted request can't rate anything else.
 */
import "server-only";
import { State } from "ts-fsrs";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { ItemRefInput } from "../validations/srs";
import type { CustomRateRequest, CustomSpec } from "../validations/custom-study";
import { applyRating, contentRef, RatingError, reviewRating, type ItemRef } from "./apply";
import { newItemState, serializeState, stateOf } from "./card";
import { studyDayNumber, type clockOf } from "./day";
import { aheadWhere, dayOf, failedWhere, type Day } from "./custom-rules";
import { flagsOf, isBuried, isSuspended, serializeFlags } from "./flags";
import type { QueueEntry } from "./queue";
import { resolveItem } from "./review";
import { newId } from "./sql";
import { reviewCard, type ReviewCard } from "./view";
import { sqlOf } from "../db-raw";

export const CRAM_SOURCE = "cram";
export const CUSTOM_MAX = 200;

const published = { status: "published", archivedAt: null } as const;

const entryOf = (i: { id: string; flashcardId: string | null; questionId: string | null }) => ({
  reviewItemId: i.id,
  flashcardId: i.flashcardId,
  questionId: i.questionId,
});
const refOf = (e: QueueEntry): ItemRefInput =>
  e.reviewItemId
    ? { reviewItemId: e.reviewItemId }
    : e.flashcardId
      ? { flashcardId: e.flashcardId }
      : { questionId: e.questionId ?? "" };

/** A lesson's live cards (flashcards, then questions, in lesson order), with the learner's item if any; suspended and buried ones left out. */
async function lessonCards(userId: string, lessonSlug: string, now: Date): Promise<QueueEntry[]> {
  const lesson = { ...published, slug: lessonSlug, course: published };
  const mine = { where: { userId }, select: { id: true, suspendedAt: true, buriedUntil: true } };
  const [flashcards, questions] = await Promise.all([
    db.flashcard.findMany({
      where: { ...published, lesson },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, reviewItems: mine },
      take: CUSTOM_MAX,
    }),
    db.question.findMany({
      where: { ...published, lesson },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, reviewItems: mine },
      take: CUSTOM_MAX,
    }),
  ]);
  const open = (items: { suspendedAt: Date | null; buriedUntil: Date | null }[]) => {
    const f = flagsOf(items[0] ?? {});
    return !isSuspended(f) && !isBuried(f, now);
  };
  return [
    ...flashcards
      .filter((f) => open(f.reviewItems))
      .map((f) => ({
        reviewItemId: f.reviewItems[0]?.id ?? null,
        flashcardId: f.id,
        questionId: null,
      })),
    ...questions
      .filter((x) => open(x.reviewItems))
      .map((x) => ({
        reviewItemId: x.reviewItems[0]?.id ?? null,
        flashcardId: null,
        questionId: x.id,
      })),
  ].slice(0, CUSTOM_MAX);
}

export interface CustomSession {
  /** The cards in order; the first is rendered in `card`. */
  refs: ItemRefInput[];
  card: ReviewCard | null;
  /** The lesson's title for a cram session. */
  lessonTitle?: string;
}

export async function customSession(
  user: CurrentUser,
  spec: CustomSpec,
  now = new Date(),
): Promise<CustomSession | { error: string }> {
  const { settings, day } = await dayOf(user.id, now);
  let entries: QueueEntry[];
  let lessonTitle: string | undefined;
  if (spec.mode === "cram") {
    const lesson = await db.lesson.findFirst({
      where: { ...published, slug: spec.lesson, course: published },
      select: { title: true },
    });
    if (!lesson) return { error: "There is no such lesson to study. Choose one from the list." };
    lessonTitle = lesson.title;
    entries = await lessonCards(user.id, spec.lesson, now);
  } else {
    const items = await db.reviewItem.findMany({
      where:
        spec.mode === "ahead"
          ? aheadWhere(user.id, spec.days, day, now)
          : failedWhere(user.id, day, now),
      orderBy: [{ due: "asc" }, { id: "asc" }],
      take: CUSTOM_MAX,
      select: { id: true, flashcardId: true, questionId: true },
    });
    entries = items.map(entryOf);
  }
  const first = entries[0];
  const card = first ? await reviewCard(await sqlOf(db), settings, first, now) : null;
  return { refs: entries.map(refOf), card, ...(lessonTitle ? { lessonTitle } : {}) };
}

/** Whether this card belongs to the session's rule (checked on every rating). */
async function belongs(
  userId: string,
  spec: CustomSpec,
  item: ItemRef & { reviewItemId: string | null },
  day: Day,
  now: Date,
): Promise<boolean> {
  if (spec.mode === "cram") {
    const lesson = { slug: spec.lesson };
    return "flashcardId" in item
      ? (await db.flashcard.count({ where: { id: item.flashcardId, lesson } })) > 0
      : (await db.question.count({ where: { id: item.questionId, lesson } })) > 0;
  }
  if (!item.reviewItemId) return false;
  if (spec.mode === "failed")
    return (
      (await db.reviewItem.count({
        where: { id: item.reviewItemId, ...failedWhere(userId, day, now) },
      })) > 0
    );
  // Ahead: any review card of the learner's (one already due today is simply an on-time review).
  return (
    (await db.reviewItem.count({
      where: { id: item.reviewItemId, userId, state: State.Review },
    })) > 0
  );
}

export type CustomResult =
  | { ok: true; card: ReviewCard | null; cram: boolean; duplicate?: boolean }
  | { ok: false; status: 404 | 409; error: string };

/**
 * A cram rating: one log (source "cram", the rating, the item's state before it, which is also its
 * state after), the schedule untouched. A card never met gets a New item to hang the log on (undo
 * removes it again). Idempotent by requestId.
 */
async function logCram(
  userId: string,
  item: ItemRef,
  input: CustomRateRequest,
  clock: ReturnType<typeof clockOf>,
  now: Date,
): Promise<{ duplicate: boolean }> {
  return db.$transaction(async (tx) => {
    const earlier = await tx.reviewLog.findUnique({
      where: { requestId: input.requestId },
      select: { userId: true },
    });
    if (earlier) {
      if (earlier.userId !== userId) throw new RatingError("That request id was already used.");
      return { duplicate: true };
    }
    const existing = await tx.reviewItem.findFirst({
      where: "flashcardId" in item ? { userId, ...item } : { userId, questionId: item.questionId },
    });
    if (existing && isSuspended(flagsOf(existing)))
      throw new RatingError("That card is suspended; unsuspend it to study it.");
    const before = existing ? stateOf(existing) : newItemState(now);
    const row =
      existing ??
      (await tx.reviewItem.create({
        data: {
          id: newId(),
          userId,
          flashcardId: "flashcardId" in item ? item.flashcardId : null,
          questionId: "questionId" in item ? item.questionId : null,
          ...before,
          createdAt: now,
          updatedAt: now,
        },
      }));
    const elapsed = before.lastReview
      ? studyDayNumber(now, clock) - studyDayNumber(before.lastReview, clock)
      : 0;
    await tx.reviewLog.create({
      data: {
        id: newId(),
        reviewItemId: row.id,
        userId,
        rating: input.rating,
        stateBefore: before.state,
        dueBefore: before.due,
        elapsedDays: Math.max(0, elapsed),
        scheduledDays: before.scheduledDays,
        durationMs: input.durationMs,
        source: CRAM_SOURCE,
        previous: serializeState(before, !existing, serializeFlags(flagsOf(existing ?? {}))),
        requestId: input.requestId,
        reviewedAt: now,
      },
    });
    return { duplicate: false };
  });
}

const notInSession = {
  ok: false,
  status: 404,
  error: "That card isn't part of this custom study session.",
} as const;

export async function rateCustom(
  user: CurrentUser,
  input: CustomRateRequest,
  now = new Date(),
): Promise<CustomResult> {
  const { spec } = input;
  const { settings, day } = await dayOf(user.id, now);
  const sql = await sqlOf(db);
  const item = await resolveItem(sql, user.id, input.itemRef);
  if (!item || !(await belongs(user.id, spec, item, day, now))) return notInSession;
  const ref = contentRef(item);
  const reschedule = spec.mode === "ahead" || spec.reschedule;
  let duplicate = false;
  try {
    if (reschedule)
      ({ duplicate } = await applyRating(db, reviewRating(user.id, ref, input, now, settings)));
    else ({ duplicate } = await logCram(user.id, ref, input, day.clock, now));
  } catch (e) {
    if (e instanceof RatingError) return { ok: false, status: 409, error: e.message };
    throw e;
  }
  const next = input.next ? await resolveItem(sql, user.id, input.next) : null;
  const card = next
    ? await reviewCard(sql, settings, { flashcardId: null, questionId: null, ...next }, now)
    : null;
  return { ok: true, card, cram: !reschedule, ...(duplicate ? { duplicate } : {}) };
}

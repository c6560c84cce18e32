/**
 * The review session's data-access layer: what the /review page and POST /api/review call.
 * Every function takes the signed-in user and only ever touches that learner's items.
 */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { ItemRefInput, RateRequest } from "../validations/srs";
import { applyRating, RatingError, type ItemRef } from "./apply";
import { liveItems, studyQueue, type QueueCounts, type QueueEntry } from "./queue";
import { loadStudySettings } from "./settings";
import { resetItem, undoableLog, undoLastRating } from "./undo";
import { reviewCard, type ReviewCard } from "./view";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
export interface ReviewState { card: ReviewCard | null; counts: QueueCounts; nextLearningAt: string | null; dueTomorrow: number; canUndo: boolean }
export type ReviewResult = { ok: true; review: ReviewState } | { ok: false; status: 404 | 409; error: string };

const live = { status: "published", archivedAt: null };

/** The session as it stands: the card to show (or `show` first, after an undo), counts, undo. */
export async function reviewState(user: CurrentUser, courseSlug?: string, now = new Date(), show?: QueueEntry): Promise<ReviewState> {
  const settings = await loadStudySettings(db, user.id);
  const queue = await studyQueue(db, settings, { now, courseSlug });
  const entry = show ?? queue.next;
  const [card, undo] = await Promise.all([entry ? reviewCard(db, settings, entry, now) : null, undoableLog(db, user.id)]);
  return { card, counts: queue.counts, nextLearningAt: queue.nextLearningAt?.toISOString() ?? null, dueTomorrow: queue.dueTomorrow, canUndo: undo !== null };
}

/** Turns the client's reference into this learner's live item, or null (unknown, someone else's, or hidden). */
export async function resolveItem(tx: Tx, userId: string, ref: ItemRefInput): Promise<(ItemRef & { reviewItemId: string | null }) | null> {
  if ("reviewItemId" in ref) {
    const item = await tx.reviewItem.findFirst({ where: { id: ref.reviewItemId, userId, ...liveItems() }, select: { id: true, flashcardId: true, questionId: true } });
    if (!item) return null;
    return item.flashcardId ? { flashcardId: item.flashcardId, reviewItemId: item.id } : { questionId: item.questionId ?? "", reviewItemId: item.id };
  }
  const lesson = { ...live, course: live };
  if ("flashcardId" in ref) return (await tx.flashcard.count({ where: { id: ref.flashcardId, ...live, lesson } })) ? { ...ref, reviewItemId: null } : null;
  return (await tx.question.count({ where: { id: ref.questionId, ...live, lesson } })) ? { ...ref, reviewItemId: null } : null;
}

const notYours = { ok: false, status: 404, error: "That card isn't one you can review." } as const;

/** Records a rating (idempotent by requestId) and returns the next card. */
export async function rateCard(user: CurrentUser, input: RateRequest, now = new Date()): Promise<ReviewResult> {
  const item = await resolveItem(db, user.id, input.itemRef);
  if (!item) return notYours;
  const ref: ItemRef = "flashcardId" in item ? { flashcardId: item.flashcardId } : { questionId: item.questionId };
  try {
    await applyRating(db, { userId: user.id, item: ref, rating: input.rating, durationMs: input.durationMs, source: "review", requestId: input.requestId, now });
  } catch (e) {
    if (e instanceof RatingError) return { ok: false, status: 409, error: e.message };
    throw e;
  }
  return { ok: true, review: await reviewState(user, input.courseSlug, now) };
}

export async function undoLast(user: CurrentUser, courseSlug?: string, now = new Date()): Promise<ReviewResult> {
  const entry = await db.$transaction((tx) => undoLastRating(tx, user.id));
  if (!entry) return { ok: false, status: 409, error: "There is no rating to undo." };
  return { ok: true, review: await reviewState(user, courseSlug, now, entry) };
}

export async function resetCard(user: CurrentUser, ref: ItemRefInput, courseSlug?: string, now = new Date()): Promise<ReviewResult> {
  const item = await resolveItem(db, user.id, ref);
  // A card never rated is already new.
  if (!item) return notYours;
  if (item.reviewItemId) await resetItem(db, user.id, item.reviewItemId, now);
  return { ok: true, review: await reviewState(user, courseSlug, now) };
}

/**
 * Records one rating of one learner's item: creates the ReviewItem on its first rating, writes
 * the ReviewLog (with the full previous state, for undo) and moves the item on, all in one
 * transaction. Review sessions and quiz answers both come through here.
 */
import "server-only";
import type { Grade } from "ts-fsrs";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { newItemState, schedulerFor, serializeState, stateOf, toCard, fromCard, type ItemState } from "./card";
import { loadStudySettings } from "./settings";

type Tx = Prisma.TransactionClient;
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
}

export interface AppliedRating { itemId: string; logId: string; duplicate: boolean; state: ItemState }

export class RatingError extends Error {}

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
const isClient = (tx: Tx | PrismaClient): tx is PrismaClient => "$transaction" in tx;

/** Pass `db` (a transaction is opened here) or a transaction client (the caller's transaction is used). */
export async function applyRating(tx: Tx | PrismaClient, input: ApplyRatingInput): Promise<AppliedRating> {
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 4) throw new RatingError("A rating is 1 (Again) to 4 (Easy).");
  if (!isClient(tx)) return applyIn(tx, input);
  for (let attempt = 0; ; attempt++) {
    try {
      return await tx.$transaction((t) => applyIn(t, input));
    } catch (e) {
      // A concurrent submission won the race: on the requestId (return its result) or on creating the item (retry once).
      if (!isUniqueViolation(e) || attempt > 0) throw e;
      const recorded = input.requestId ? await recordedRating(tx, input.userId, input.requestId) : null;
      if (recorded) return recorded;
    }
  }
}

async function recordedRating(tx: Tx, userId: string, requestId: string): Promise<AppliedRating | null> {
  const log = await tx.reviewLog.findUnique({ where: { requestId }, select: { id: true, userId: true, reviewItem: true } });
  if (!log) return null;
  if (log.userId !== userId) throw new RatingError("That request id was already used.");
  return { itemId: log.reviewItem.id, logId: log.id, duplicate: true, state: stateOf(log.reviewItem) };
}

const itemWhere = (userId: string, item: ItemRef): Prisma.ReviewItemWhereUniqueInput =>
  "flashcardId" in item ? { userId_flashcardId: { userId, flashcardId: item.flashcardId } } : { userId_questionId: { userId, questionId: item.questionId } };

async function applyIn(tx: Tx, input: ApplyRatingInput): Promise<AppliedRating> {
  const { userId, item, rating, durationMs, source, requestId } = input;
  const now = input.now ?? new Date();
  if (requestId) {
    const recorded = await recordedRating(tx, userId, requestId);
    if (recorded) return recorded;
  }
  const [settings, existing] = await Promise.all([loadStudySettings(tx, userId), tx.reviewItem.findUnique({ where: itemWhere(userId, item) })]);
  const before = existing ? stateOf(existing) : newItemState(now);
  const next = schedulerFor(settings).next(toCard(before), now, rating as Grade);
  const after = fromCard(next.card);
  const saved = existing
    ? await tx.reviewItem.update({ where: { id: existing.id }, data: after, select: { id: true } })
    : await tx.reviewItem.create({ data: { userId, ...item, ...after }, select: { id: true } });
  const log = await tx.reviewLog.create({
    data: {
      reviewItemId: saved.id, userId, rating, stateBefore: before.state, dueBefore: before.due,
      elapsedDays: next.log.elapsed_days, scheduledDays: after.scheduledDays, durationMs: Math.max(0, Math.round(durationMs)),
      source, previous: serializeState(before, !existing), requestId, reviewedAt: now,
    },
    select: { id: true },
  });
  return { itemId: saved.id, logId: log.id, duplicate: false, state: after };
}

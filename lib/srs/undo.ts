/**
 * Undo the learner's latest review rating (restores the item's exact previous state and removes
 * that one log) and "reset this card" (back to new, keeping every log).
 */
import type { Prisma } from "../generated/prisma/client";
import { newItemState, parseState } from "./card";
import type { QueueEntry } from "./queue";

type Tx = Prisma.TransactionClient;

/** The latest review log, if its item hasn't changed since (a reset or a later rating makes it stale). */
export async function undoableLog(tx: Tx, userId: string) {
  const log = await tx.reviewLog.findFirst({
    where: { userId, source: "review" }, orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    select: { id: true, previous: true, reviewedAt: true, reviewItem: { select: { id: true, lastReview: true, flashcardId: true, questionId: true } } },
  });
  return log && log.reviewItem.lastReview?.getTime() === log.reviewedAt.getTime() ? log : null;
}

/** Runs inside the caller's transaction; returns the card to show again, or null when nothing can be undone. */
export async function undoLastRating(tx: Tx, userId: string): Promise<QueueEntry | null> {
  const log = await undoableLog(tx, userId);
  if (!log) return null;
  const { state, created } = parseState(log.previous);
  const { id, flashcardId, questionId } = log.reviewItem;
  await tx.reviewLog.delete({ where: { id: log.id } });
  // The rating created the item: undoing it leaves no item at all, exactly as before.
  if (created && (await tx.reviewLog.count({ where: { reviewItemId: id } })) === 0) {
    await tx.reviewItem.delete({ where: { id } });
    return { reviewItemId: null, flashcardId, questionId };
  }
  await tx.reviewItem.update({ where: { id }, data: state });
  return { reviewItemId: id, flashcardId, questionId };
}

/** Back to new; the logs stay (history is never lost), and no log is written, so stats are untouched. */
export async function resetItem(tx: Tx, userId: string, reviewItemId: string, now: Date): Promise<boolean> {
  const { count } = await tx.reviewItem.updateMany({ where: { id: reviewItemId, userId }, data: newItemState(now) });
  return count === 1;
}

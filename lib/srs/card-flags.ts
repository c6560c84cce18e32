/**
 * Suspend, bury (until the learner's next study day), unsuspend and unbury one card. Each is one
 * logged action (rating 0, source = the action, the item's state and flags before it in `previous`),
 * so undo takes it back like a rating or a reset. A card never studied gets its item here (New).
 */
import { newItemState, serializeState, stateOf } from "./card";
import { flagsOf, isBuried, isSuspended, serializeFlags, type ItemFlags } from "./flags";
import { newId } from "./sql";
import type { FlagAction } from "./undo";
import type { Tx } from "../db";
import type { ItemRef } from "./apply";

export type FlagTarget = ItemRef & { reviewItemId: string | null };

/** The flags after `action`, or null when it would change nothing (already suspended, not buried…). */
function flagsAfter(action: FlagAction, f: ItemFlags, now: Date, until: Date): ItemFlags | null {
  switch (action) {
    case "suspend":
      return isSuspended(f) ? null : { ...f, suspendedAt: now };
    case "unsuspend":
      return isSuspended(f) ? { ...f, suspendedAt: null } : null;
    case "bury":
      return isBuried(f, now) ? null : { ...f, buriedUntil: until };
    case "unbury":
      return isBuried(f, now) ? { ...f, buriedUntil: null } : null;
  }
}

/** Runs inside the caller's transaction; false when there was nothing to change (nothing written). */
export async function changeFlag(
  tx: Tx,
  userId: string,
  target: FlagTarget,
  action: FlagAction,
  now: Date,
  buryUntil: Date,
): Promise<boolean> {
  const existing = await tx.reviewItem.findFirst({
    where: target.reviewItemId
      ? { id: target.reviewItemId, userId }
      : "flashcardId" in target
        ? { userId, flashcardId: target.flashcardId }
        : { userId, questionId: target.questionId },
  });
  const before = existing ? stateOf(existing) : newItemState(now);
  const flagsBefore = flagsOf(existing ?? {});
  const flags = flagsAfter(action, flagsBefore, now, buryUntil);
  if (!flags) return false;
  // updatedAt = the action's time: undo checks the item hasn't changed since (lib/srs/undo.ts).
  const item = existing
    ? await tx.reviewItem.update({ where: { id: existing.id }, data: { ...flags, updatedAt: now } })
    : await tx.reviewItem.create({
        data: {
          id: newId(),
          userId,
          flashcardId: "flashcardId" in target ? target.flashcardId : null,
          questionId: "questionId" in target ? target.questionId : null,
          ...before,
          ...flags,
          createdAt: now,
          updatedAt: now,
        },
      });
  await tx.reviewLog.create({
    data: {
      id: newId(),
      reviewItemId: item.id,
      userId,
      rating: 0,
      stateBefore: before.state,
      dueBefore: before.due,
      elapsedDays: 0,
      scheduledDays: 0,
      source: action,
      previous: serializeState(before, !existing, serializeFlags(flagsBefore)),
      reviewedAt: now,
    },
  });
  return true;
}

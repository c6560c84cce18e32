/**
 * Undo the learner's last action in review, a rating or a reset (restores the item's exact previous
 * state and removes that one log), and "reset this card" (back to new, keeping every rating's log).
 */
import { State } from "ts-fsrs";
import { newItemState, parseState, serializeState, stateOf } from "./card";
import type { QueueEntry } from "./queue";
import { Prisma } from "../generated/prisma/client";
import { asSql, viaPrisma, type Db } from "../db-raw";
import { itemColumns, newId, type ItemRow } from "./sql";
import type { Tx } from "../db";

/** A reset is logged like Anki's "Forget": rating 0, source "reset", the state before it for undo. */
export const RESET_SOURCE = "reset";
export type UndoneAction = "rating" | "reset";

type UndoableLog = {
  id: string;
  previous: string;
  reviewedAt: Date;
  action: UndoneAction;
  reviewItem: {
    id: string;
    lastReview: Date | null;
    flashcardId: string | null;
    questionId: string | null;
  };
};

/**
 * The learner's last action in review (a rating or a reset), if its item hasn't changed since: a
 * rating is current while the item's last review is that rating; a reset while the item is still
 * untouched new (no review, due at the reset). A later rating, quiz answer or reset makes it stale.
 */
export async function undoableLog(db: Db, userId: string): Promise<UndoableLog | null> {
  const sql = asSql(db);
  // Raw read on the (userId, reviewedAt) index: the review page asks this on every load.
  const [row] = await sql.rows<{
    id: string;
    previous: string;
    reviewedAt: Date;
    source: string;
    itemId: string;
    lastReview: Date | null;
    due: Date;
    state: number;
    flashcardId: string | null;
    questionId: string | null;
  }>(Prisma.sql`
    SELECT g."id", g."previous", g."reviewedAt", g."source", r."id" AS "itemId", r."lastReview", r."due", r."state", r."flashcardId", r."questionId"
    FROM "ReviewLog" g JOIN "ReviewItem" r ON r."id" = g."reviewItemId"
    WHERE g."userId" = ${userId} AND g."source" IN ('review', ${RESET_SOURCE}) ORDER BY g."reviewedAt" DESC, g."id" DESC LIMIT 1`);
  if (!row) return null;
  const action: UndoneAction = row.source === RESET_SOURCE ? "reset" : "rating";
  const current =
    action === "rating"
      ? row.lastReview?.getTime() === row.reviewedAt.getTime()
      : row.lastReview === null &&
        Number(row.state) === State.New &&
        row.due.getTime() === row.reviewedAt.getTime();
  if (!current) return null;
  const { id, previous, reviewedAt, itemId, lastReview, flashcardId, questionId } = row;
  return {
    id,
    previous,
    reviewedAt,
    action,
    reviewItem: { id: itemId, lastReview, flashcardId, questionId },
  };
}

/** Runs inside the caller's transaction; returns the card to show again and what was undone, or null when nothing can be undone. */
export async function undoLastAction(
  tx: Tx,
  userId: string,
): Promise<{ entry: QueueEntry; undone: UndoneAction } | null> {
  const log = await undoableLog(tx, userId);
  if (!log) return null;
  const undone = log.action;
  const { state, created } = parseState(log.previous);
  const { id, flashcardId, questionId } = log.reviewItem;
  await tx.reviewLog.delete({ where: { id: log.id } });
  // The rating created the item: undoing it leaves no item at all, exactly as before.
  if (created && (await tx.reviewLog.count({ where: { reviewItemId: id } })) === 0) {
    await tx.reviewItem.delete({ where: { id } });
    await lowerNewCardCursor(tx, userId, { flashcardId, questionId }, log.id);
    return { entry: { reviewItemId: null, flashcardId, questionId }, undone };
  }
  await tx.reviewItem.update({ where: { id }, data: state });
  return { entry: { reviewItemId: id, flashcardId, questionId }, undone };
}

/**
 * The card is new again without a review item, so the learner's new-card cursor (lib/srs/new-cards.ts)
 * must not start past its lesson. Always rewrites the row (the stamp gets this undo's mark), so a
 * concurrent walk that read the old cursor fails its compare-and-set instead of moving it back up.
 */
async function lowerNewCardCursor(
  tx: Tx,
  userId: string,
  item: { flashcardId: string | null; questionId: string | null },
  mark: string,
) {
  const sql = viaPrisma(tx);
  const [lesson] = item.flashcardId
    ? await sql.rows<{ id: string; position: number; courseId: string }>(
        Prisma.sql`SELECT l."id", l."position", l."courseId" FROM "Flashcard" x JOIN "Lesson" l ON l."id" = x."lessonId" WHERE x."id" = ${item.flashcardId}`,
      )
    : await sql.rows<{ id: string; position: number; courseId: string }>(
        Prisma.sql`SELECT l."id", l."position", l."courseId" FROM "Question" x JOIN "Lesson" l ON l."id" = x."lessonId" WHERE x."id" = ${item.questionId}`,
      );
  if (!lesson) return;
  const [cursor] = await tx.newCardCursor.findMany({
    where: { userId, courseId: lesson.courseId },
  });
  // No cursor yet: leave an untrusted one, so a walk that read "no cursor" can't insert one past this card.
  if (!cursor) {
    await tx.newCardCursor.create({
      data: {
        userId,
        courseId: lesson.courseId,
        lessonPosition: lesson.position,
        lessonId: lesson.id,
        contentStamp: `#undo:${mark}`,
      },
    });
    return;
  }
  const after =
    cursor.lessonPosition > lesson.position ||
    (cursor.lessonPosition === lesson.position && cursor.lessonId > lesson.id);
  await tx.newCardCursor.update({
    where: { userId_courseId: { userId, courseId: lesson.courseId } },
    data: {
      ...(after ? { lessonPosition: lesson.position, lessonId: lesson.id } : {}),
      contentStamp: `${cursor.contentStamp.split("#")[0]}#undo:${mark}`,
    },
  });
}

/**
 * Back to new; every rating's log stays (history is never lost). The reset itself is logged with
 * rating 0 and source "reset" (stats count source "review" only), holding the state before it, so
 * undo can bring that back. Runs inside the caller's transaction.
 */
export async function resetItem(
  tx: Tx,
  userId: string,
  reviewItemId: string,
  now: Date,
): Promise<boolean> {
  const sql = viaPrisma(tx);
  const [row] = await sql.rows<ItemRow>(
    Prisma.sql`SELECT ${itemColumns} FROM "ReviewItem" r WHERE r."id" = ${reviewItemId} AND r."userId" = ${userId}`,
  );
  if (!row) return false;
  const before = stateOf(row);
  await tx.reviewItem.update({ where: { id: reviewItemId }, data: newItemState(now) });
  await tx.reviewLog.create({
    data: {
      id: newId(),
      reviewItemId,
      userId,
      rating: 0,
      stateBefore: before.state,
      dueBefore: before.due,
      elapsedDays: 0,
      scheduledDays: 0,
      source: RESET_SOURCE,
      previous: serializeState(before, false),
      reviewedAt: now,
    },
  });
  return true;
}

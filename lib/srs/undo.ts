/**
 * Undo the learner's latest review rating (restores the item's exact previous state and removes
 * that one log) and "reset this card" (back to new, keeping every log).
 */
import { newItemState, parseState } from "./card";
import type { QueueEntry } from "./queue";
import { Prisma } from "../generated/prisma/client";
import { asSql, viaPrisma, type Db } from "../db-raw";
import type { Tx } from "./sql";

type UndoableLog = {
  id: string;
  previous: string;
  reviewedAt: Date;
  reviewItem: {
    id: string;
    lastReview: Date | null;
    flashcardId: string | null;
    questionId: string | null;
  };
};

/** The latest review log, if its item hasn't changed since (a reset or a later rating makes it stale). */
export async function undoableLog(db: Db, userId: string): Promise<UndoableLog | null> {
  const sql = asSql(db);
  // Raw read on the (userId, reviewedAt) index: the review page asks this on every load.
  const [row] = await sql.rows<{
    id: string;
    previous: string;
    reviewedAt: Date;
    itemId: string;
    lastReview: Date | null;
    flashcardId: string | null;
    questionId: string | null;
  }>(Prisma.sql`
    SELECT g."id", g."previous", g."reviewedAt", r."id" AS "itemId", r."lastReview", r."flashcardId", r."questionId"
    FROM "ReviewLog" g JOIN "ReviewItem" r ON r."id" = g."reviewItemId"
    WHERE g."userId" = ${userId} AND g."source" = 'review' ORDER BY g."reviewedAt" DESC, g."id" DESC LIMIT 1`);
  if (!row || row.lastReview?.getTime() !== row.reviewedAt.getTime()) return null;
  const { itemId, lastReview, flashcardId, questionId, ...log } = row;
  return { ...log, reviewItem: { id: itemId, lastReview, flashcardId, questionId } };
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
    await lowerNewCardCursor(tx, userId, { flashcardId, questionId }, log.id);
    return { reviewItemId: null, flashcardId, questionId };
  }
  await tx.reviewItem.update({ where: { id }, data: state });
  return { reviewItemId: id, flashcardId, questionId };
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

/** Back to new; the logs stay (history is never lost), and no log is written, so stats are untouched. */
export async function resetItem(
  tx: Tx,
  userId: string,
  reviewItemId: string,
  now: Date,
): Promise<boolean> {
  const { count } = await tx.reviewItem.updateMany({
    where: { id: reviewItemId, userId },
    data: newItemState(now),
  });
  return count === 1;
}

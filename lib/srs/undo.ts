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
import { flagsOf, parseFlags, serializeFlags } from "./flags";
import type { BuriedSibling } from "./siblings";

/** A reset is logged like Anki's "Forget": rating 0, source "reset", the state before it for undo. */
export const RESET_SOURCE = "reset";
/** Browse's "reschedule to today" (lib/srs/bulk.ts), logged the same way. */
const RESCHEDULE = "reschedule";
/** A custom-study rating that left the schedule alone (lib/srs/custom-study.ts). */
const CRAM = "cram";
/** Suspend, bury and their opposites are logged the same way (rating 0, the flags before in `previous`). */
export const FLAG_ACTIONS = ["suspend", "unsuspend", "bury", "unbury"] as const;
export type FlagAction = (typeof FLAG_ACTIONS)[number];
export type UndoneAction = "rating" | "reset" | "reschedule" | "cram" | FlagAction;
const UNDOABLE = Prisma.join(["review", CRAM, RESET_SOURCE, RESCHEDULE, ...FLAG_ACTIONS]);
/** Browse applies these to many cards at once (one time for all): undo takes the whole batch back. */
const BATCHED = new Set<string>(["suspend", "unsuspend", RESET_SOURCE, RESCHEDULE]);
const isFlagAction = (source: string): source is FlagAction =>
  (FLAG_ACTIONS as readonly string[]).includes(source);

type UndoableLog = {
  id: string;
  previous: string;
  reviewedAt: Date;
  source: string;
  action: UndoneAction;
  reviewItem: {
    id: string;
    lastReview: Date | null;
    flashcardId: string | null;
    questionId: string | null;
  };
};

type LogRow = {
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
  updatedAt: Date;
};

const actionOf = (source: string): UndoneAction =>
  source === RESET_SOURCE
    ? "reset"
    : source === RESCHEDULE
      ? "reschedule"
      : source === CRAM
        ? "cram"
        : isFlagAction(source)
          ? source
          : "rating";

/** The log, if its item hasn't changed since (see undoableLog). */
function currentLog(row: LogRow): UndoableLog | null {
  const action = actionOf(row.source);
  const current =
    action === "rating"
      ? row.lastReview?.getTime() === row.reviewedAt.getTime()
      : action === "reset"
        ? row.lastReview === null &&
          Number(row.state) === State.New &&
          row.due.getTime() === row.reviewedAt.getTime()
        : action === "cram"
          ? row.updatedAt.getTime() <= row.reviewedAt.getTime()
          : row.updatedAt.getTime() === row.reviewedAt.getTime();
  if (!current) return null;
  const { id, previous, reviewedAt, source, itemId, lastReview, flashcardId, questionId } = row;
  return {
    id,
    previous,
    reviewedAt,
    source,
    action,
    reviewItem: { id: itemId, lastReview, flashcardId, questionId },
  };
}

const logColumns = Prisma.raw(
  `g."id", g."previous", g."reviewedAt", g."source", r."id" AS "itemId", r."lastReview", r."due", r."state", r."flashcardId", r."questionId", r."updatedAt"`,
);

/**
 * The learner's last action in review (a rating, a reset, a suspend or bury or their opposites, a
 * reschedule, a custom-study rating), if its item hasn't changed since: a rating is current while the
 * item's last review is that rating; a reset while the item is still untouched new (no review, due at
 * the reset); a flag action or reschedule while the item's updatedAt is the action's time; a cram
 * rating (which changed nothing) while the item wasn't updated after it. A later rating, quiz answer
 * or reset makes it stale.
 */
export async function undoableLog(db: Db, userId: string): Promise<UndoableLog | null> {
  const sql = asSql(db);
  // Raw read on the (userId, reviewedAt) index: the review page asks this on every load.
  const [row] = await sql.rows<LogRow>(Prisma.sql`
    SELECT ${logColumns}
    FROM "ReviewLog" g JOIN "ReviewItem" r ON r."id" = g."reviewItemId"
    WHERE g."userId" = ${userId} AND g."source" IN (${UNDOABLE}) ORDER BY g."reviewedAt" DESC, g."id" DESC LIMIT 1`);
  return row ? currentLog(row) : null;
}

/** The rest of a Browse batch: the same action on other cards at the same instant, still current. */
async function batchOf(tx: Tx, userId: string, log: UndoableLog): Promise<UndoableLog[]> {
  if (!BATCHED.has(log.source)) return [];
  const rows = await viaPrisma(tx).rows<LogRow>(Prisma.sql`
    SELECT ${logColumns}
    FROM "ReviewLog" g JOIN "ReviewItem" r ON r."id" = g."reviewItemId"
    WHERE g."userId" = ${userId} AND g."reviewedAt" = ${log.reviewedAt} AND g."source" = ${log.source} AND g."id" <> ${log.id}
    ORDER BY g."id" DESC`);
  return rows.flatMap((r) => currentLog(r) ?? []);
}

/**
 * Runs inside the caller's transaction; returns what was undone, on how many cards (a Browse batch
 * is undone whole), and the card to show again (none after undoing an unsuspend or unbury: that card
 * is out of the queue again), or null when nothing can be undone.
 */
export async function undoLastAction(
  tx: Tx,
  userId: string,
): Promise<{ entry: QueueEntry | null; undone: UndoneAction; count: number } | null> {
  const log = await undoableLog(tx, userId);
  if (!log) return null;
  const rest = await batchOf(tx, userId, log);
  for (const other of rest) await undoOne(tx, userId, other);
  const entry = await undoOne(tx, userId, log);
  return { entry, undone: log.action, count: rest.length + 1 };
}

async function undoOne(tx: Tx, userId: string, log: UndoableLog): Promise<QueueEntry | null> {
  const undone = log.action;
  const { state, created } = parseState(log.previous);
  const flags = parseFlags(log.previous);
  const { id, flashcardId, questionId } = log.reviewItem;
  const show = (entry: QueueEntry) =>
    undone === "unsuspend" || undone === "unbury" ? null : entry;
  await tx.reviewLog.delete({ where: { id: log.id } });
  if (undone === "rating") await unburySiblings(tx, userId, log.previous);
  // The action created the item: undoing it leaves no item at all, exactly as before.
  if (created && (await tx.reviewLog.count({ where: { reviewItemId: id } })) === 0) {
    await tx.reviewItem.delete({ where: { id } });
    await lowerNewCardCursor(tx, userId, { flashcardId, questionId }, log.id);
    return show({ reviewItemId: null, flashcardId, questionId });
  }
  // A cram rating changed nothing but its log.
  if (undone !== "cram")
    await tx.reviewItem.update({ where: { id }, data: { ...state, ...flags } });
  return show({ reviewItemId: id, flashcardId, questionId });
}

/** The siblings a rating buried (lib/srs/siblings.ts) come back: unburied, or gone if burying created them. */
async function unburySiblings(tx: Tx, userId: string, previous: string) {
  const { buried = [] } = JSON.parse(previous) as { buried?: BuriedSibling[] };
  for (const sibling of buried) {
    const item = await tx.reviewItem.findFirst({
      where: { id: sibling.id, userId },
      include: { _count: { select: { logs: true } } },
    });
    if (!item) continue;
    if (sibling.created && item._count.logs === 0 && item.lastReview === null) {
      await tx.reviewItem.delete({ where: { id: item.id } });
      await lowerNewCardCursor(tx, userId, item, `${sibling.id}-sibling`);
      continue;
    }
    await tx.reviewItem.update({
      where: { id: item.id },
      data: {
        buriedUntil: null,
        ...(sibling.updatedAt ? { updatedAt: new Date(sibling.updatedAt) } : {}),
      },
    });
  }
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
      previous: serializeState(before, false, serializeFlags(flagsOf(row))),
      reviewedAt: now,
    },
  });
  return true;
}

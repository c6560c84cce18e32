/**
 * The cursor walk behind lib/srs/new-cards.ts: from the learner's cursor lesson on, 8 lessons per read,
 * the items with no review item for this learner; then the cursor moves to the first lesson with one.
 */
import { Prisma } from "../generated/prisma/client";
import type { Sql } from "../db-raw";
import { int, live, num } from "./sql";

export type NewCandidate = {
  reviewItemId: string | null;
  flashcardId: string | null;
  questionId: string | null;
};
export type Key = (string | number)[];
export type Found = NewCandidate & { key: Key };
export type Course = { id: string; position: number };
type Lesson = { id: string; position: number };
export type Cursor = {
  courseId: string;
  lessonPosition: number;
  lessonId: string;
  contentStamp: string;
};

const LESSON_BATCH = 8;

export const ref = (kind: number, id: string) =>
  kind === 0 ? { flashcardId: id, questionId: null } : { flashcardId: null, questionId: id };

/** Up to `limit` never-introduced items of one course, from its cursor on; moves the cursor forward. */
export async function walkCourse(
  sql: Sql,
  userId: string,
  course: Course,
  limit: number,
  stamp: string,
  cursor?: Cursor,
): Promise<Found[]> {
  const trusted = cursor && cursor.contentStamp.split("#")[0] === stamp ? cursor : undefined;
  // The first batch starts at the cursor's lesson (inclusive), later ones after the last lesson seen.
  let from: Prisma.Sql = trusted
    ? Prisma.sql`AND (l."position" > ${trusted.lessonPosition} OR (l."position" = ${trusted.lessonPosition} AND l."id" >= ${trusted.lessonId}))`
    : Prisma.empty;
  let firstWithNew: Lesson | undefined, last: Lesson | undefined;
  const found: Found[] = [];
  while (found.length < limit) {
    const { lessons, items } = await unseenIn(sql, userId, course.id, from, limit - found.length);
    if (lessons.length === 0) break;
    for (const item of items) {
      const lesson = lessons.find((l) => l.id === item.lessonId)!;
      firstWithNew ??= lesson;
      found.push({
        reviewItemId: null,
        ...ref(item.kind, item.id),
        key: [
          course.position,
          course.id,
          lesson.position,
          lesson.id,
          item.kind,
          item.position,
          item.id,
        ],
      });
    }
    last = lessons.at(-1)!;
    if (lessons.length < LESSON_BATCH) break;
    from = Prisma.sql`AND (l."position" > ${last.position} OR (l."position" = ${last.position} AND l."id" > ${last.id}))`;
  }
  const target = firstWithNew ?? last;
  if (target && (target.id !== trusted?.lessonId || !trusted))
    await saveCursor(sql, userId, course.id, target, stamp, cursor);
  return found;
}

type Unseen = { kind: number; id: string; lessonId: string; position: number };

/**
 * The next batch of lessons after `from`, with their items that have no review item for this learner
 * (anti-join on the unique (userId, item) index), in lesson order: one row per lesson, then the first `limit` items.
 */
async function unseenIn(
  sql: Sql,
  userId: string,
  courseId: string,
  from: Prisma.Sql,
  limit: number,
): Promise<{ lessons: Lesson[]; items: Unseen[] }> {
  const rows = await sql.rows<{
    lid: string;
    lp: number;
    kind: unknown;
    id: string | null;
    position: number | null;
  }>(Prisma.sql`
    WITH ls AS (SELECT l."id", l."position" FROM "Lesson" l WHERE l."courseId" = ${courseId} AND ${live("l")} ${from} ORDER BY l."position", l."id" LIMIT ${int(LESSON_BATCH)})
    SELECT ls."id" AS lid, ls."position" AS lp, NULL AS kind, NULL AS "id", NULL AS "position" FROM ls
    UNION ALL
    SELECT * FROM (SELECT ls."id" AS lid, ls."position" AS lp, x.kind, x."id", x."position" FROM ls JOIN (
      SELECT 0 AS kind, f."id", f."lessonId", f."position" FROM "Flashcard" f WHERE f."lessonId" IN (SELECT "id" FROM ls) AND ${live("f")}
        AND NOT EXISTS (SELECT 1 FROM "ReviewItem" r WHERE r."userId" = ${userId} AND r."flashcardId" = f."id")
      UNION ALL
      SELECT 1 AS kind, q."id", q."lessonId", q."position" FROM "Question" q WHERE q."lessonId" IN (SELECT "id" FROM ls) AND ${live("q")}
        AND NOT EXISTS (SELECT 1 FROM "ReviewItem" r WHERE r."userId" = ${userId} AND r."questionId" = q."id")
    ) x ON x."lessonId" = ls."id" ORDER BY ls."position", ls."id", x.kind, x."position", x."id" LIMIT ${int(limit)}) unseen`);
  const lessons: Lesson[] = [];
  for (const r of rows)
    if (!lessons.some((l) => l.id === r.lid)) lessons.push({ id: r.lid, position: num(r.lp) });
  lessons.sort((a, b) => cmp([a.position, a.id], [b.position, b.id]));
  const order = new Map(lessons.map((l, i) => [l.id, i]));
  const items = rows
    .flatMap((r) =>
      r.id === null
        ? []
        : [{ kind: num(r.kind), id: r.id, lessonId: r.lid, position: num(r.position) }],
    )
    .sort((a, b) =>
      cmp(
        [order.get(a.lessonId)!, a.kind, a.position, a.id],
        [order.get(b.lessonId)!, b.kind, b.position, b.id],
      ),
    )
    .slice(0, limit);
  return { lessons, items };
}

/**
 * Compare-and-set: only replaces the cursor this walk started from, so a concurrent undo that
 * lowered it (and marked its stamp) is never overwritten by a walk that read before the undo.
 */
async function saveCursor(
  sql: Sql,
  userId: string,
  courseId: string,
  lesson: Lesson,
  stamp: string,
  read?: Cursor,
) {
  if (read) {
    await sql.run(Prisma.sql`UPDATE "NewCardCursor" SET "lessonPosition" = ${lesson.position}, "lessonId" = ${lesson.id}, "contentStamp" = ${stamp}
      WHERE "userId" = ${userId} AND "courseId" = ${courseId} AND "lessonPosition" = ${read.lessonPosition} AND "lessonId" = ${read.lessonId} AND "contentStamp" = ${read.contentStamp}`);
    return;
  }
  await sql.run(Prisma.sql`INSERT INTO "NewCardCursor" ("userId", "courseId", "lessonPosition", "lessonId", "contentStamp")
    VALUES (${userId}, ${courseId}, ${lesson.position}, ${lesson.id}, ${stamp}) ON CONFLICT ("userId", "courseId") DO NOTHING`);
}

export function cmp(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!,
      y = b[i]!;
    if (x !== y)
      return typeof x === "number" && typeof y === "number"
        ? x - y
        : String(x) < String(y)
          ? -1
          : 1;
  }
  return 0;
}

/**
 * New cards for a learner: live flashcards and questions with no review item, or with one reset to
 * New (not suspended or buried), in course → lesson → position order, flashcards before questions within a lesson.
 *
 * Walking every lesson from the start costs one probe per card already introduced (~100 ms at 100k),
 * so each learner keeps a cursor per course (NewCardCursor): the first lesson that still had a card
 * never introduced. The walk starts there and stops once it has `limit` cards. The cursor is only
 * trusted while no course, lesson, card or question has changed since it was saved (`contentStamp`:
 * their newest updatedAt, one index lookup each); reset items (state New) are found separately on
 * the (userId, state, due) index, and undo lowers the cursor when it deletes an item (lib/srs/undo.ts).
 */
import { Prisma } from "../generated/prisma/client";
import {
  cmp,
  ref,
  walkCourse,
  type Course,
  type Cursor,
  type Found,
  type NewCandidate,
} from "./new-card-walk";
import type { Sql } from "../db-raw";
import { int, itemIsStudyable, live, num } from "./sql";

export type { NewCandidate };

export async function newCandidates(
  sql: Sql,
  userId: string,
  limit: number,
  now: Date,
  courseSlug?: string,
): Promise<NewCandidate[]> {
  if (limit <= 0) return [];
  const slug = courseSlug ? Prisma.sql`AND c."slug" = ${courseSlug}` : Prisma.empty;
  // Courses with this learner's cursor in each, the content stamp, and whether any item was reset to New, in one read.
  const courses = await sql.rows<
    Course & Partial<Cursor> & Record<"sa" | "sb" | "sc" | "sd" | "anyReset", unknown>
  >(Prisma.sql`SELECT c."id", c."position", k."courseId", k."lessonPosition", k."lessonId", k."contentStamp",
      (SELECT MAX("updatedAt") FROM "Course") AS sa, (SELECT MAX("updatedAt") FROM "Lesson") AS sb, (SELECT MAX("updatedAt") FROM "Flashcard") AS sc, (SELECT MAX("updatedAt") FROM "Question") AS sd,
      (SELECT COUNT(*) FROM (SELECT 1 FROM "ReviewItem" r WHERE r."userId" = ${userId} AND r."state" = 0 LIMIT 1) z) AS "anyReset"
    FROM "Course" c LEFT JOIN "NewCardCursor" k ON k."courseId" = c."id" AND k."userId" = ${userId} WHERE ${live("c")} ${slug} ORDER BY c."position", c."id"`);
  const reset =
    num(courses[0]?.anyReset) > 0 ? await resetItems(sql, userId, limit, slug, now) : [];
  const found: Found[] = [];
  for (const course of courses) {
    if (found.length >= limit) break;
    // Changes whenever any course, lesson, flashcard or question is created or saved. MAX() of a
    // DateTime is ISO text on SQLite (an aggregate has no declared type) and a Date on PostgreSQL:
    // both become the same instant text.
    const stamp = [course.sa, course.sb, course.sc, course.sd].map(instantText).join("|");
    const cursor = course.courseId ? (course as Cursor) : undefined;
    found.push(
      ...(await walkCourse(
        sql,
        userId,
        { id: course.id, position: num(course.position) },
        limit - found.length,
        stamp,
        cursor,
      )),
    );
  }
  return [...found, ...reset]
    .sort((a, b) => cmp(a.key, b.key))
    .slice(0, limit)
    .map(({ key: _key, ...entry }) => entry);
}

/** Items the learner reset (or undid back) to New: few, found on the (userId, state, due) index. */
async function resetItems(
  sql: Sql,
  userId: string,
  limit: number,
  slug: Prisma.Sql,
  now: Date,
): Promise<Found[]> {
  const part = (table: string, column: string, kind: number) => Prisma.sql`
    SELECT r."id", x."id" AS "itemId", ${kind} AS kind, c."position" AS cp, c."id" AS cid, l."position" AS lp, l."id" AS lid, x."position" AS p
    FROM "ReviewItem" r JOIN ${Prisma.raw(`"${table}"`)} x ON x."id" = r.${Prisma.raw(`"${column}"`)} JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
    WHERE r."userId" = ${userId} AND r."state" = 0 AND ${itemIsStudyable(now)} AND ${live("x")} AND ${live("l")} AND ${live("c")} ${slug}`;
  const rows = await sql.rows<{
    id: string;
    itemId: string;
    kind: number;
    cp: number;
    cid: string;
    lp: number;
    lid: string;
    p: number;
  }>(Prisma.sql`
    ${part("Flashcard", "flashcardId", 0)} UNION ALL ${part("Question", "questionId", 1)} ORDER BY cp, cid, lp, lid, kind, p, "itemId" LIMIT ${int(limit)}`);
  return rows.map((r) => ({
    reviewItemId: r.id,
    ...ref(num(r.kind), r.itemId),
    key: [num(r.cp), r.cid, num(r.lp), r.lid, num(r.kind), num(r.p), r.itemId],
  }));
}

/** A database instant (Date, ISO text, or none) as one canonical text. */
const instantText = (v: unknown): string =>
  v === null || v === undefined
    ? "none"
    : (v instanceof Date ? v : new Date(String(v))).toISOString();

/**
 * SQL pieces shared by the stats queries, on SQLite and PostgreSQL alike. Timestamps are grouped
 * per UTC hour or minute as text ("2026-12-01T14"), with each database's own date function
 * (lib/db/dialect.ts); the time-zone-aware day bucketing happens in series.ts.
 */
import { Prisma } from "../generated/prisma/client";
import { dialect } from "../db/dialect";

/** "hour" when every study day starts on a whole UTC hour (most zones), else "minute" (e.g. +05:45). */
export type Granularity = "hour" | "minute";

/** Groups a timestamp column by UTC hour or minute. */
export const bucketOf = (column: Prisma.Sql, granularity: Granularity) =>
  dialect().truncatedText(column, granularity);

/** Parses an hour or minute bucket back into the instant it starts at. */
export function parseBucket(bucket: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2})(?::(\d{2}))?/.exec(bucket);
  if (!m) throw new Error(`Unexpected timestamp text from the database: ${bucket}`);
  return new Date(
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5] ?? 0)),
  );
}

/**
 * The learner's review items (alias `i`, lesson `le`) that belong to one course (or any, for null), via their flashcard or question's
 * lesson. `liveOnly` keeps published, non-archived, unsuspended items of published lessons (what is still studied).
 */
export function courseItems(
  userId: string,
  courseId: string | null,
  liveOnly: boolean,
): Prisma.Sql {
  const inCourse = courseId === null ? Prisma.empty : Prisma.sql`AND le."courseId" = ${courseId}`;
  const live = liveOnly
    ? Prisma.sql`AND le."status" = 'published' AND le."archivedAt" IS NULL
        AND COALESCE(f."status", q."status") = 'published' AND COALESCE(f."archivedAt", q."archivedAt") IS NULL
        AND i."suspendedAt" IS NULL`
    : Prisma.empty;
  return Prisma.sql`"ReviewItem" i
    LEFT JOIN "Flashcard" f ON f."id" = i."flashcardId"
    LEFT JOIN "Question" q ON q."id" = i."questionId"
    JOIN "Lesson" le ON le."id" = COALESCE(f."lessonId", q."lessonId")
    WHERE i."userId" = ${userId} ${inCourse} ${live}`;
}

/** COUNT(*) comes back as a bigint on both databases. */
export const toCount = (n: bigint | number | null) => Number(n ?? 0);

/** What the learner did in a course since a grid's first day: review ratings and quiz answers, per UTC hour or minute. */
import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { granularityOf, type DayGrid, type InstantCount } from "./series";
import { bucketOf, courseItems, parseBucket, toCount } from "./sql";
import { rowsOf } from "../db-raw";

type BucketRow = { bucket: string; n: bigint | number };
const toInstants = (rows: BucketRow[]): InstantCount[] =>
  rows.map((r) => ({ at: parseBucket(r.bucket), count: toCount(r.n) }));
const startOf = (grid: DayGrid) => new Date(grid.starts[0] ?? 0);

/** Ratings given in review sessions (quiz-fed ratings show up as quiz answers instead). */
export async function reviewBuckets(
  userId: string,
  courseId: string,
  grid: DayGrid,
): Promise<InstantCount[]> {
  const rows = await rowsOf<BucketRow>(
    db,
    Prisma.sql`
    SELECT ${bucketOf(Prisma.sql`l."reviewedAt"`, granularityOf(grid))} AS bucket, COUNT(*) AS n
    FROM "ReviewLog" l
    WHERE l."reviewItemId" IN (SELECT i."id" FROM ${courseItems(userId, courseId, false)})
      AND l."userId" = ${userId} AND l."source" = 'review' AND l."reviewedAt" >= ${startOf(grid)}
    GROUP BY 1`,
  );
  return toInstants(rows);
}

export async function quizAnswerBuckets(
  userId: string,
  courseSlug: string,
  grid: DayGrid,
): Promise<InstantCount[]> {
  const rows = await rowsOf<BucketRow>(
    db,
    Prisma.sql`
    SELECT ${bucketOf(Prisma.sql`a."answeredAt"`, granularityOf(grid))} AS bucket, COUNT(*) AS n
    FROM "QuizAnswer" a JOIN "QuizAttempt" t ON t."id" = a."attemptId"
    WHERE t."userId" = ${userId} AND t."courseSlug" = ${courseSlug} AND a."answeredAt" >= ${startOf(grid)}
    GROUP BY 1`,
  );
  return toInstants(rows);
}

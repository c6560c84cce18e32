/** What the learner did in a course since an instant: review ratings and quiz answers, counted per UTC minute. */
import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { InstantCount } from "./series";
import { courseItems, minuteOf, parseMinute, toCount } from "./sql";

type MinuteRow = { minute: string; n: bigint | number };
const toInstants = (rows: MinuteRow[]): InstantCount[] => rows.map((r) => ({ at: parseMinute(r.minute), count: toCount(r.n) }));

/** Ratings given in review sessions (quiz-fed ratings show up as quiz answers instead). */
export async function reviewMinutes(userId: string, courseId: string, since: Date): Promise<InstantCount[]> {
  const rows = await db.$queryRaw<MinuteRow[]>`
    SELECT ${minuteOf(Prisma.sql`l."reviewedAt"`)} AS minute, COUNT(*) AS n
    FROM "ReviewLog" l
    JOIN (SELECT i."id" FROM ${courseItems(userId, courseId, false)}) c ON c."id" = l."reviewItemId"
    WHERE l."userId" = ${userId} AND l."source" = 'review' AND l."reviewedAt" >= ${since}
    GROUP BY 1`;
  return toInstants(rows);
}

export async function quizAnswerMinutes(userId: string, courseSlug: string, since: Date): Promise<InstantCount[]> {
  const rows = await db.$queryRaw<MinuteRow[]>`
    SELECT ${minuteOf(Prisma.sql`a."answeredAt"`)} AS minute, COUNT(*) AS n
    FROM "QuizAnswer" a JOIN "QuizAttempt" t ON t."id" = a."attemptId"
    WHERE t."userId" = ${userId} AND t."courseSlug" = ${courseSlug} AND a."answeredAt" >= ${since}
    GROUP BY 1`;
  return toInstants(rows);
}

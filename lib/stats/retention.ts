/**
 * True retention, Anki's definition: of the ratings given to cards that were in Review state
 * (not learning or relearning), the share that were not Again.
 */
import "server-only";
import { db } from "../db";
import { courseItems, toCount } from "./sql";
import { rowsOf } from "../db-raw";
import { Prisma } from "../generated/prisma/client";

/** Below this many reviews the percentage says more about luck than memory. */
export const MIN_RETENTION_REVIEWS = 10;
const REVIEW_STATE = 2;
const AGAIN = 1;

export interface Retention {
  total: number;
  passed: number;
  rate: number | null;
}

export async function trueRetention(
  userId: string,
  courseId: string,
  since: Date,
): Promise<Retention> {
  const [row] = await rowsOf<{ total: bigint | number; failed: bigint | number | null }>(
    db,
    Prisma.sql`
    SELECT COUNT(*) AS total, SUM(CASE WHEN l."rating" = ${AGAIN} THEN 1 ELSE 0 END) AS failed
    FROM "ReviewLog" l
    WHERE l."reviewItemId" IN (SELECT i."id" FROM ${courseItems(userId, courseId, false)})
      AND l."userId" = ${userId} AND l."source" = 'review' AND l."stateBefore" = ${REVIEW_STATE} AND l."reviewedAt" >= ${since}`,
  );
  const total = toCount(row?.total ?? 0);
  const passed = total - toCount(row?.failed ?? 0);
  return { total, passed, rate: total >= MIN_RETENTION_REVIEWS ? passed / total : null };
}

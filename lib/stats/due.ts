/** Reviews coming due: live items of a course, learned at least once (new cards are not "due"). */
import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { countByDay, granularityOf, type DayCount, type DayGrid } from "./series";
import { bucketOf, courseItems, parseBucket, toCount } from "./sql";
import { rowsOf } from "../db-raw";

/** The bucket name the query gives everything due before tomorrow, overdue included. */
const TODAY = "today";

/** Items due per study day of the grid, whose first day is today; anything overdue is folded into today. */
export async function dueForecast(
  userId: string,
  courseId: string,
  grid: DayGrid,
): Promise<DayCount[]> {
  const tomorrow = grid.starts[1];
  const horizon = grid.starts.at(-1);
  if (tomorrow === undefined || horizon === undefined) return [];
  const rows = await rowsOf<{ bucket: string; n: bigint | number }>(
    db,
    Prisma.sql`
    SELECT CASE WHEN i."due" < ${new Date(tomorrow)} THEN 'today' ELSE ${bucketOf(Prisma.sql`i."due"`, granularityOf(grid))} END AS bucket, COUNT(*) AS n
    FROM ${courseItems(userId, courseId, true)} AND i."state" <> 0 AND i."due" < ${new Date(horizon)}
    GROUP BY 1`,
  );
  const later = rows
    .filter((r) => r.bucket !== TODAY)
    .map((r) => ({ at: parseBucket(r.bucket), count: toCount(r.n) }));
  const forecast = countByDay(later, grid);
  const today = forecast[0];
  if (today) today.count += toCount(rows.find((r) => r.bucket === TODAY)?.n ?? 0);
  return forecast;
}

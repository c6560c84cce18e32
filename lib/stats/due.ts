/** Reviews coming due: live items of a course, learned at least once (new cards are not "due"). */
import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { countByDay, type DayCount } from "./series";
import { courseItems, minuteOf, parseMinute, toCount } from "./sql";
import { addDays, studyDayStart, type DayClock, type DayKey } from "./study-day";

const TODAY = "today";

/** Items due per study day from `days[0]` (today) on; anything overdue is folded into today. */
export async function dueForecast(userId: string, courseId: string, days: DayKey[], clock: DayClock): Promise<DayCount[]> {
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return [];
  const tomorrow = studyDayStart(addDays(first, 1), clock);
  const horizon = studyDayStart(addDays(last, 1), clock);
  const rows = await db.$queryRaw<Array<{ minute: string; n: bigint | number }>>`
    SELECT CASE WHEN i."due" < ${tomorrow} THEN 'today' ELSE ${minuteOf(Prisma.sql`i."due"`)} END AS minute, COUNT(*) AS n
    FROM ${courseItems(userId, courseId, true)} AND i."state" <> 0 AND i."due" < ${horizon}
    GROUP BY 1`;
  const later = rows.filter((r) => r.minute !== TODAY).map((r) => ({ at: parseMinute(r.minute), count: toCount(r.n) }));
  const forecast = countByDay(later, days, clock);
  const today = forecast[0];
  if (today) today.count += toCount(rows.find((r) => r.minute === TODAY)?.n ?? 0);
  return forecast;
}

/** The /progress course picker: each live course with the learner's due-today count and recent reviews. */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { learnerClock } from "./clock";
import { RECENT_DAYS } from "./course-progress";
import { courseItems, toCount } from "./sql";
import { addDays, studyDayOf, studyDayStart } from "../srs/day";
import { rowsOf } from "../db-raw";
import { Prisma } from "../generated/prisma/client";

export interface CourseSummary {
  slug: string;
  title: string;
  dueToday: number;
  recentReviews: number;
}

type CourseCount = { courseId: string; n: bigint | number };

export async function listCourseSummaries(
  user: CurrentUser,
  now: Date = new Date(),
): Promise<CourseSummary[]> {
  const clock = await learnerClock(user.id);
  const today = studyDayOf(now, clock);
  const tomorrow = studyDayStart(addDays(today, 1), clock);
  const recentStart = studyDayStart(addDays(today, 1 - RECENT_DAYS), clock);
  const [courses, due, reviewed] = await Promise.all([
    db.course.findMany({
      where: { status: "published", archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, slug: true, title: true },
    }),
    rowsOf<CourseCount>(
      db,
      Prisma.sql`
      SELECT le."courseId" AS "courseId", COUNT(*) AS n
      FROM ${courseItems(user.id, null, true)} AND i."state" <> 0 AND i."due" < ${tomorrow}
      GROUP BY le."courseId"`,
    ),
    rowsOf<CourseCount>(
      db,
      Prisma.sql`
      SELECT c."courseId" AS "courseId", COUNT(*) AS n
      FROM "ReviewLog" l
      JOIN (SELECT i."id", le."courseId" FROM ${courseItems(user.id, null, false)}) c ON c."id" = l."reviewItemId"
      WHERE l."userId" = ${user.id} AND l."source" = 'review' AND l."reviewedAt" >= ${recentStart}
      GROUP BY c."courseId"`,
    ),
  ]);
  const countOf = (rows: CourseCount[], id: string) =>
    toCount(rows.find((r) => r.courseId === id)?.n ?? 0);
  return courses.map((c) => ({
    slug: c.slug,
    title: c.title,
    dueToday: countOf(due, c.id),
    recentReviews: countOf(reviewed, c.id),
  }));
}

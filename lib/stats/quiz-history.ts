/** Finished quiz attempts in a course, oldest first, with their score as a percentage. */
import "server-only";
import { db } from "../db";
import { studyDayOf, type DayClock, type DayKey } from "../srs/day";

/** Enough to read a trend; older attempts stay in the database. */
export const QUIZ_HISTORY_LIMIT = 100;

export interface QuizResult {
  id: string;
  finishedAt: Date;
  day: DayKey;
  /** The lesson's title, or null for a whole-course quiz. */
  lessonTitle: string | null;
  score: number;
  total: number;
  percent: number;
  practice: boolean;
  /** A round of just the questions missed in an earlier attempt, not a score for the whole quiz. */
  retry: boolean;
}

/** How the history names an attempt: "Whole course", "Lesson · retry of missed questions (practice)". */
export function quizLabel(q: Pick<QuizResult, "lessonTitle" | "practice" | "retry">): string {
  return `${q.lessonTitle ?? "Whole course"}${q.retry ? " · retry of missed questions" : ""}${q.practice ? " (practice)" : ""}`;
}

export async function quizHistory(
  userId: string,
  courseId: string,
  courseSlug: string,
  clock: DayClock,
): Promise<QuizResult[]> {
  const [attempts, lessons] = await Promise.all([
    db.quizAttempt.findMany({
      where: { userId, courseSlug, finishedAt: { not: null }, total: { gt: 0 } },
      orderBy: { finishedAt: "desc" },
      take: QUIZ_HISTORY_LIMIT,
      select: {
        id: true,
        finishedAt: true,
        lessonSlug: true,
        score: true,
        total: true,
        practice: true,
        retryOfId: true,
      },
    }),
    db.lesson.findMany({ where: { courseId }, select: { slug: true, title: true } }),
  ]);
  const titles = new Map(lessons.map((l) => [l.slug, l.title]));
  return attempts.reverse().flatMap((a) => {
    if (!a.finishedAt || !a.total) return [];
    const score = a.score ?? 0;
    const lessonTitle = a.lessonSlug ? (titles.get(a.lessonSlug) ?? a.lessonSlug) : null;
    return [
      {
        id: a.id,
        finishedAt: a.finishedAt,
        day: studyDayOf(a.finishedAt, clock),
        lessonTitle,
        score,
        total: a.total,
        percent: Math.round((100 * score) / a.total),
        practice: a.practice,
        retry: a.retryOfId !== null,
      },
    ];
  });
}

/** Titles and question count for a quiz page header; null when the lesson or course isn't visible. */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";

// Learners see published, non-archived items only.
const live = { archivedAt: null, status: "published" };

export async function getQuizInfo(_user: CurrentUser, courseSlug: string, lessonSlug?: string) {
  const course = await db.course.findFirst({
    where: { slug: courseSlug, ...live },
    select: { title: true },
  });
  if (!course) return null;
  const lesson = lessonSlug
    ? await db.lesson.findFirst({
        where: { slug: lessonSlug, ...live, course: { slug: courseSlug } },
        select: { title: true },
      })
    : null;
  if (lessonSlug && !lesson) return null;
  const questionCount = await db.question.count({
    where: {
      ...live,
      lesson: {
        ...live,
        ...(lessonSlug ? { slug: lessonSlug } : {}),
        course: { slug: courseSlug },
      },
    },
  });
  return { courseTitle: course.title, lessonTitle: lesson?.title ?? null, questionCount };
}

/**
 * The learner's newest unfinished attempt at this quiz (a lesson's, or the course quiz), to offer
 * "Resume (question 7 of 20)"; null when there is none or nothing in it is left to answer.
 */
export async function openAttempt(user: CurrentUser, courseSlug: string, lessonSlug?: string) {
  const attempt = await db.quizAttempt.findFirst({
    where: { userId: user.id, courseSlug, lessonSlug: lessonSlug ?? null, finishedAt: null },
    orderBy: { startedAt: "desc" },
    select: {
      id: true,
      total: true,
      practice: true,
      retryOfId: true,
      _count: { select: { answers: true } },
    },
  });
  if (!attempt || attempt.total === null || attempt._count.answers >= attempt.total) return null;
  return {
    id: attempt.id,
    answered: attempt._count.answers,
    total: attempt.total,
    practice: attempt.practice,
    retry: attempt.retryOfId !== null,
  };
}

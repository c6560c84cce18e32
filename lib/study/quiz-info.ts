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

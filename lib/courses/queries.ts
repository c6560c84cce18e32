/**
 * Course catalogue reads for learner pages. Each takes the signed-in user (or null for the
 * public home page) so the authorization check lives with the query, not in the page.
 */
import "server-only";
import { db } from "../db";
import type { CurrentUser } from "../auth/session";
import { lessonItems, linkedExamples, live } from "./lesson-items";

export async function listCourses() {
  const courses = await db.course.findMany({
    where: live,
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      description: true,
      _count: { select: { lessons: { where: live }, examples: { where: live } } },
    },
  });
  return courses.map(({ _count, ...c }) => ({
    ...c,
    lessonCount: _count.lessons,
    exampleCount: _count.examples,
  }));
}

export async function getCourse(_user: CurrentUser, slug: string) {
  return db.course.findFirst({
    where: { slug, ...live },
    select: {
      slug: true,
      title: true,
      description: true,
      lessons: {
        where: live,
        orderBy: { position: "asc" },
        select: {
          slug: true,
          title: true,
          summary: true,
          _count: { select: { questions: { where: live }, flashcards: { where: live } } },
        },
      },
    },
  });
}

export async function getLesson(_user: CurrentUser, slug: string) {
  const lesson = await db.lesson.findFirst({
    where: { slug, ...live, course: live },
    select: {
      slug: true,
      title: true,
      summary: true,
      body: true,
      sources: true,
      course: { select: { slug: true, title: true } },
      ...lessonItems(live),
    },
  });
  if (!lesson) return null;
  const examples = await linkedExamples(db, lesson, live);
  return { ...lesson, examples };
}

/** Page titles (<title>) for published lessons and courses; null when there is none to show. */
export async function publishedTitle(
  kind: "course" | "lesson",
  slug: string,
): Promise<string | null> {
  const row =
    kind === "course"
      ? await db.course.findFirst({ where: { slug, ...live }, select: { title: true } })
      : await db.lesson.findFirst({
          where: { slug, ...live, course: live },
          select: { title: true },
        });
  return row?.title ?? null;
}

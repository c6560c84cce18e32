/**
 * Course catalogue reads for learner pages. Each takes the signed-in user (or null for the
 * public home page) so the authorization check lives with the query, not in the page.
 */
import "server-only";
import { db } from "../db";
import type { CurrentUser } from "../auth/session";

// Learners see published, non-archived items only.
const live = { archivedAt: null, status: "published" };

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
      questions: {
        where: live,
        orderBy: { position: "asc" },
        select: {
          id: true,
          type: true,
          prompt: true,
          explanation: true,
          section: true,
          authored: true,
          options: { orderBy: { position: "asc" }, select: { text: true, correct: true } },
          examples: { select: { exampleId: true } },
        },
      },
      flashcards: {
        where: live,
        orderBy: { position: "asc" },
        select: {
          id: true,
          front: true,
          back: true,
          kind: true,
          section: true,
          examples: { select: { exampleId: true } },
        },
      },
    },
  });
  if (!lesson) return null;
  const exampleIds = [
    ...new Set(
      [...lesson.questions, ...lesson.flashcards].flatMap((i) =>
        i.examples.map((e) => e.exampleId),
      ),
    ),
  ];
  const examples = await db.example.findMany({
    where: { id: { in: exampleIds }, ...live },
    orderBy: { position: "asc" },
    select: {
      id: true,
      title: true,
      scenario: true,
      files: { select: { name: true, content: true }, orderBy: { name: "asc" } },
    },
  });
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

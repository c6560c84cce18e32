/** Reads for the instructor pages: drafts and archived items included, each with its version. */
import "server-only";
import { db } from "../db";
import { lessonSections } from "../content/markdown-anchors";
import { requireAuthor } from "./gate";
import { courseItem } from "./items/course";
import { exampleItem } from "./items/example";
import { flashcardItem } from "./items/flashcard";
import { lessonItem } from "./items/lesson";
import { questionItem } from "./items/question";
import type { ItemAdapter } from "./items/types";
import type { EntityType } from "./snapshot";

const byPosition = [{ position: "asc" as const }, { createdAt: "asc" as const }];
const listed = { id: true, status: true, archivedAt: true, version: true };

/** Marks the rows that have an edit saved as a draft ("draft changes pending" in the lists). */
async function withDrafts<T extends { id: string }>(type: EntityType, rows: T[]) {
  const pending = await db.draft.findMany({
    where: { entityType: type, entityId: { in: rows.map((r) => r.id) } },
    select: { entityId: true },
  });
  const ids = new Set(pending.map((d) => d.entityId));
  return rows.map((r) => ({ ...r, hasDraft: ids.has(r.id) }));
}

export async function teachCourses() {
  await requireAuthor();
  const courses = await db.course.findMany({
    orderBy: byPosition,
    select: {
      ...listed,
      slug: true,
      title: true,
      _count: { select: { lessons: true, examples: true } },
    },
  });
  return withDrafts("course", courses);
}

async function readState<S>(item: ItemAdapter<S>, id: string) {
  return db.$transaction((tx) => item.read(tx, id));
}

export async function teachCourse(id: string) {
  await requireAuthor();
  const state = await readState(courseItem, id);
  if (!state) return null;
  const [lessons, examples] = await Promise.all([
    db.lesson.findMany({
      where: { courseId: id },
      orderBy: byPosition,
      select: {
        ...listed,
        slug: true,
        title: true,
        _count: { select: { questions: true, flashcards: true } },
      },
    }),
    db.example.findMany({
      where: { courseId: id },
      orderBy: byPosition,
      select: { ...listed, title: true },
    }),
  ]);
  return {
    state,
    lessons: await withDrafts("lesson", lessons),
    examples: await withDrafts("example", examples),
  };
}

/** What a lesson's item editors offer: its sections (for "section") and the course's examples (for links). */
async function lessonContext(lessonId: string) {
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: {
      id: true,
      slug: true,
      title: true,
      body: true,
      course: { select: { id: true, slug: true, title: true } },
    },
  });
  if (!lesson) return null;
  const examples = await db.example.findMany({
    where: { courseId: lesson.course.id, archivedAt: null },
    orderBy: byPosition,
    select: { id: true, title: true },
  });
  const sections = lessonSections(lesson.body)
    .filter((s) => s.depth === 2)
    .map(({ anchor, title }) => ({ anchor, title }));
  return {
    lesson: { id: lesson.id, slug: lesson.slug, title: lesson.title },
    course: lesson.course,
    sections,
    examples,
  };
}

export async function teachLesson(id: string) {
  await requireAuthor();
  const state = await readState(lessonItem, id);
  const context = state && (await lessonContext(id));
  if (!state || !context) return null;
  const [questions, flashcards] = await Promise.all([
    db.question.findMany({
      where: { lessonId: id },
      orderBy: byPosition,
      select: { ...listed, type: true, prompt: true },
    }),
    db.flashcard.findMany({
      where: { lessonId: id },
      orderBy: byPosition,
      select: { ...listed, front: true },
    }),
  ]);
  return {
    state,
    ...context,
    questions: await withDrafts("question", questions),
    flashcards: await withDrafts("flashcard", flashcards),
  };
}

/** A question or card with its lesson context; with no id, the context for a new one in `lessonId`. */
async function teachLessonItem<S>(item: ItemAdapter<S>, id: string | null, lessonId?: string) {
  await requireAuthor();
  const state = id ? await readState(item, id) : null;
  const parent = state?.parentId ?? lessonId;
  if ((id && !state) || !parent) return null;
  const context = await lessonContext(parent);
  return context && { state, ...context };
}

export const teachQuestion = (id: string | null, lessonId?: string) =>
  teachLessonItem(questionItem, id, lessonId);
export const teachFlashcard = (id: string | null, lessonId?: string) =>
  teachLessonItem(flashcardItem, id, lessonId);

export async function teachExample(id: string | null, courseId?: string) {
  await requireAuthor();
  const state = id ? await readState(exampleItem, id) : null;
  const parent = state?.parentId ?? courseId;
  if ((id && !state) || !parent) return null;
  const course = await db.course.findUnique({
    where: { id: parent },
    select: { id: true, slug: true, title: true },
  });
  return course && { state, course };
}

export async function teachCourseRef(id: string) {
  await requireAuthor();
  return db.course.findUnique({ where: { id }, select: { id: true, slug: true, title: true } });
}

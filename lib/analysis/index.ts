/** Item analysis for instructors: which questions and cards need attention in a course. */
import "server-only";
import { requireUser } from "../auth/session";
import { renderMarkdown } from "../content/render";
import { db } from "../db";
import { flashcardStats, type CardStat } from "./flashcards";
import { questionStats, type QuestionStat } from "./questions";

export type { CardStat } from "./flashcards";
export type { QuestionStat, OptionStat } from "./questions";

/** A question with its prompt and options rendered by the learner pages' sanitizing Markdown renderer. */
export type RenderedQuestionStat = Omit<QuestionStat, "options"> & {
  promptHtml: string;
  options: Array<QuestionStat["options"][number] & { html: string }>;
};

export interface CourseAnalysis {
  course: { slug: string; title: string };
  questions: RenderedQuestionStat[];
  flashcards: CardStat[];
}

export async function analysisCourses() {
  await requireUser(["INSTRUCTOR", "ADMIN"]);
  return db.course.findMany({
    where: { archivedAt: null },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { slug: true, title: true },
  });
}

/** Null when there is no such course. */
export async function courseAnalysis(courseSlug: string): Promise<CourseAnalysis | null> {
  await requireUser(["INSTRUCTOR", "ADMIN"]);
  const course = await db.course.findFirst({
    where: { slug: courseSlug, archivedAt: null },
    select: { id: true, slug: true, title: true },
  });
  if (!course) return null;
  const [questions, flashcards] = await Promise.all([
    questionStats(db, course.id),
    flashcardStats(db, course.id),
  ]);
  const rendered = await Promise.all(
    questions.map(async (q) => ({
      ...q,
      promptHtml: await renderMarkdown(q.prompt),
      options: await Promise.all(
        q.options.map(async (o) => ({ ...o, html: await renderMarkdown(o.text) })),
      ),
    })),
  );
  return { course: { slug: course.slug, title: course.title }, questions: rendered, flashcards };
}

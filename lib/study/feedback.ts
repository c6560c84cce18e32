/** What a learner sees after answering: the right answer, the explanation and where to read more. */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { renderMarkdown } from "../content/render";
import { db } from "../db";
import { examplePanel } from "../sandbox/last-run";
import type { PanelExample } from "../sandbox/result-schema";

export interface AnswerFeedback {
  correct: boolean;
  /** Sanitized HTML (our Markdown pipeline). */
  correctAnswerHtml: string;
  explanationHtml: string;
  /** The lesson page, at the question's section when it names one. */
  sectionHref: string;
  /** Every example the question names, with its stored last run, so the real output sits beside the answer. */
  examples: PanelExample[];
}

/** The answer to show: a typed question's first spelling, otherwise every correct option. */
export function shownAnswer(question: {
  type: string;
  options: Array<{ text: string; correct: boolean }>;
}): string {
  const right = question.options.filter((o) => o.correct || question.type === "typed");
  return question.type === "typed" ? (right[0]?.text ?? "") : right.map((o) => o.text).join("\n\n");
}

export function sectionHref(
  courseSlug: string,
  lessonSlug: string,
  section: string | null,
): string {
  return `/courses/${courseSlug}/lessons/${lessonSlug}${section ? `#${section}` : ""}`;
}

export async function answerFeedback(
  user: CurrentUser,
  questionId: string,
  correct: boolean,
): Promise<AnswerFeedback> {
  const q = await db.question.findUniqueOrThrow({
    where: { id: questionId },
    select: {
      type: true,
      explanation: true,
      section: true,
      examples: { select: { exampleId: true } },
      lesson: { select: { slug: true, course: { select: { slug: true } } } },
      options: { orderBy: { position: "asc" }, select: { text: true, correct: true } },
    },
  });
  return {
    correct,
    correctAnswerHtml: await renderMarkdown(shownAnswer(q)),
    explanationHtml: q.explanation ? await renderMarkdown(q.explanation) : "",
    sectionHref: sectionHref(q.lesson.course.slug, q.lesson.slug, q.section),
    examples: (await Promise.all(q.examples.map((e) => examplePanel(user, e.exampleId)))).filter(
      (e) => e !== null,
    ),
  };
}

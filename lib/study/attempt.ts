/** One attempt as its page shows it: the questions still to play, or the end-screen summary. */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { renderMarkdown } from "../content/render";
import { db } from "../db";
import { sectionHref, shownAnswer } from "./feedback";
import { planSchema } from "./plan";

export interface QuizQuestionView {
  id: string;
  type: string;
  promptHtml: string;
  options: Array<{ id: string; html: string }>;
  answered: boolean;
}
/** `responseHtml` for a chosen option (Markdown, like every option); typed text stays plain in `response`. */
export interface MissedQuestion {
  id: string;
  promptHtml: string;
  response: string;
  responseHtml: string | null;
  correctAnswerHtml: string;
  explanationHtml: string;
  sectionHref: string;
}

const questionSelect = {
  id: true,
  type: true,
  prompt: true,
  explanation: true,
  section: true,
  lesson: { select: { slug: true, course: { select: { slug: true } } } },
  options: { orderBy: { position: "asc" as const }, select: { text: true, correct: true } },
};

/** Null when the attempt is not this learner's or does not belong to this quiz page. */
export async function getAttempt(
  user: CurrentUser,
  attemptId: string,
  where: { courseSlug: string; lessonSlug?: string },
) {
  const attempt = await db.quizAttempt.findUnique({
    where: { id: attemptId },
    include: {
      answers: { select: { questionId: true, correct: true, response: true, optionId: true } },
    },
  });
  if (
    !attempt ||
    attempt.userId !== user.id ||
    attempt.courseSlug !== where.courseSlug ||
    attempt.lessonSlug !== (where.lessonSlug ?? null)
  )
    return null;
  const plan = planSchema.parse(JSON.parse(attempt.plan));
  const [questions, options] = await Promise.all([
    db.question.findMany({
      where: { id: { in: plan.map((p) => p.questionId) } },
      select: questionSelect,
    }),
    db.questionOption.findMany({
      where: { id: { in: plan.flatMap((p) => p.optionIds) } },
      select: { id: true, text: true },
    }),
  ]);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const optionText = new Map(options.map((o) => [o.id, o.text]));
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  const planned = plan.filter((p) => byId.has(p.questionId));
  const view = await Promise.all(
    planned.map(async (p): Promise<QuizQuestionView> => ({
      id: p.questionId,
      type: byId.get(p.questionId)!.type,
      promptHtml: await renderMarkdown(byId.get(p.questionId)!.prompt),
      options: await Promise.all(
        p.optionIds
          .filter((id) => optionText.has(id))
          .map(async (id) => ({ id, html: await renderMarkdown(optionText.get(id)!) })),
      ),
      answered: answers.has(p.questionId),
    })),
  );
  const missed = await Promise.all(
    planned
      .filter((p) => answers.get(p.questionId)?.correct === false)
      .map(async (p): Promise<MissedQuestion> => {
        const q = byId.get(p.questionId)!;
        const given = answers.get(q.id)!;
        return {
          id: q.id,
          promptHtml: view.find((v) => v.id === q.id)!.promptHtml,
          response: given.response,
          responseHtml: given.optionId ? await renderMarkdown(given.response) : null,
          correctAnswerHtml: await renderMarkdown(shownAnswer(q)),
          explanationHtml: q.explanation ? await renderMarkdown(q.explanation) : "",
          sectionHref: sectionHref(q.lesson.course.slug, q.lesson.slug, q.section),
        };
      }),
  );
  const { id, practice, startedAt, finishedAt, score, total, courseSlug, lessonSlug } = attempt;
  return {
    id,
    retry: attempt.retryOfId !== null,
    courseSlug,
    lessonSlug,
    practice,
    startedAt,
    finishedAt,
    score,
    total: total ?? planned.length,
    questions: view,
    missed,
  };
}
export type AttemptView = NonNullable<Awaited<ReturnType<typeof getAttempt>>>;

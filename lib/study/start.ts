/** Starting a quiz attempt: a fresh plan for a lesson or course, or a retry of the missed questions. */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { startQuizSchema, retryMissedSchema, type StartQuizInput } from "../validations/study";
import { buildPlan, type QuizPlan } from "./plan";
import { quizQuestions, siblingAnswers } from "./questions";
import { fail, type Result } from "./result";

async function createAttempt(
  user: CurrentUser,
  where: { courseSlug: string; lessonSlug: string | null; practice: boolean; retryOfId?: string },
  plan: QuizPlan,
) {
  const attempt = await db.quizAttempt.create({
    data: { userId: user.id, ...where, plan: JSON.stringify(plan), total: plan.length },
    select: { id: true },
  });
  return attempt.id;
}

export async function startQuiz(
  user: CurrentUser,
  raw: StartQuizInput,
): Promise<Result<{ attemptId: string }>> {
  const parsed = startQuizSchema.safeParse(raw);
  if (!parsed.success)
    return fail(400, parsed.error.issues[0]?.message ?? "Invalid quiz settings.");
  const { courseSlug, lessonSlug, count, practice } = parsed.data;
  const questions = await quizQuestions(courseSlug, lessonSlug);
  if (questions.length === 0) return fail(404, "This quiz has no questions.");
  const plan = buildPlan(questions, siblingAnswers(questions), count === "all" ? undefined : count);
  return {
    ok: true,
    attemptId: await createAttempt(
      user,
      { courseSlug, lessonSlug: lessonSlug ?? null, practice },
      plan,
    ),
  };
}

/** A new attempt with just the questions this learner got wrong, options shuffled again. */
export async function retryMissed(
  user: CurrentUser,
  raw: { attemptId: string },
): Promise<Result<{ attemptId: string; courseSlug: string; lessonSlug: string | null }>> {
  const parsed = retryMissedSchema.safeParse(raw);
  if (!parsed.success) return fail(400, "Invalid attempt.");
  const old = await db.quizAttempt.findUnique({
    where: { id: parsed.data.attemptId },
    select: {
      userId: true,
      courseSlug: true,
      lessonSlug: true,
      practice: true,
      answers: { where: { correct: false }, select: { questionId: true } },
    },
  });
  if (!old || old.userId !== user.id) return fail(404, "No such quiz attempt.");
  const missed = new Set(old.answers.map((a) => a.questionId));
  if (missed.size === 0) return fail(400, "Nothing was missed in that attempt.");
  const all = await quizQuestions(old.courseSlug, old.lessonSlug ?? undefined);
  const questions = all.filter((q) => missed.has(q.id));
  if (questions.length === 0) return fail(404, "Those questions are no longer in the course.");
  const plan = buildPlan(questions, siblingAnswers(all));
  const attemptId = await createAttempt(
    user,
    {
      courseSlug: old.courseSlug,
      lessonSlug: old.lessonSlug,
      practice: old.practice,
      retryOfId: parsed.data.attemptId,
    },
    plan,
  );
  return { ok: true, attemptId, courseSlug: old.courseSlug, lessonSlug: old.lessonSlug };
}

/**
 * Grading one quiz answer on the server. The attempt's stored plan decides what may be answered;
 * the answer, the attempt's score and (unless practice) the review schedule are written together.
 */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { applyRating } from "../srs/apply";
import { submitAnswerSchema, type SubmitAnswerInput } from "../validations/study";
import { expectedOutputs } from "./expected-output";
import { gradeAnswer } from "./grade";
import { planSchema } from "./plan";
import { fail, type Result } from "./result";
import { answerFeedback, type AnswerFeedback } from "./feedback";

const isUniqueViolation = (e: unknown) =>
  typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";

export async function submitAnswer(
  user: CurrentUser,
  raw: SubmitAnswerInput,
): Promise<Result<AnswerFeedback & { finished: boolean }>> {
  const parsed = submitAnswerSchema.safeParse(raw);
  if (!parsed.success) return fail(400, parsed.error.issues[0]?.message ?? "Invalid answer.");
  const input = parsed.data;
  // Check the attempt is this learner's and the question and option were offered in it.
  const attempt = await db.quizAttempt.findUnique({
    where: { id: input.attemptId },
    select: { userId: true, plan: true, practice: true },
  });
  if (!attempt || attempt.userId !== user.id) return fail(404, "No such quiz attempt.");
  const entry = planSchema
    .parse(JSON.parse(attempt.plan))
    .find((q) => q.questionId === input.questionId);
  if (!entry) return fail(400, "That question is not part of this quiz.");
  if (input.optionId !== undefined && !entry.optionIds.includes(input.optionId))
    return fail(400, "That option was not offered.");
  const question = await db.question.findUniqueOrThrow({
    where: { id: input.questionId },
    select: { type: true, options: { select: { id: true, text: true, correct: true } } },
  });
  if (input.optionId === undefined && !["typed", "output"].includes(question.type))
    return fail(400, "Choose one of the options.");
  const chosen = input.optionId
    ? await db.questionOption.findUnique({ where: { id: input.optionId }, select: { text: true } })
    : null;
  if (input.optionId && !chosen)
    return fail(409, "This question changed since the quiz started; start a new quiz.");
  const alsoAccepted =
    question.type === "output" && input.optionId === undefined
      ? await expectedOutputs(input.questionId)
      : [];
  const correct = gradeAnswer(question, input, alsoAccepted);
  try {
    const finished = await db.$transaction(async (tx) => {
      await tx.quizAnswer.create({
        data: {
          attemptId: input.attemptId,
          questionId: input.questionId,
          optionId: input.optionId ?? null,
          response: chosen?.text ?? input.response ?? "",
          correct,
          timeMs: input.timeMs,
        },
      });
      if (!attempt.practice) {
        await applyRating(tx, {
          userId: user.id,
          item: { questionId: input.questionId },
          rating: correct ? 3 : 1,
          durationMs: input.timeMs,
          source: "quiz",
          requestId: `quiz:${input.attemptId}:${input.questionId}`,
        });
      }
      return finishIfComplete(tx, input.attemptId);
    });
    return { ok: true, finished, ...(await answerFeedback(user, input.questionId, correct)) };
  } catch (e) {
    if (isUniqueViolation(e)) return fail(409, "You already answered this question.");
    throw e;
  }
}

/** Once every planned question has an answer, the attempt gets its score and finish time. */
async function finishIfComplete(tx: Tx, attemptId: string): Promise<boolean> {
  const attempt = await tx.quizAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { plan: true, answers: { select: { correct: true } } },
  });
  const total = planSchema.parse(JSON.parse(attempt.plan)).length;
  if (attempt.answers.length < total) return false;
  await tx.quizAttempt.update({
    where: { id: attemptId },
    data: { finishedAt: new Date(), score: attempt.answers.filter((a) => a.correct).length, total },
  });
  return true;
}

"use server";

import { redirect } from "next/navigation";
import { AuthError, requireUser } from "@/lib/auth/session";
import { submitAnswer } from "@/lib/study/answer";
import { retryMissed, startQuiz } from "@/lib/study/start";
import { formValues, invalid, type FormState } from "@/lib/validations/form-state";
import { startQuizSchema, submitAnswerSchema } from "@/lib/validations/study";
import type { AnswerState } from "@/components/quiz/answer-feedback";

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" && v !== "" ? v : undefined;
};

/** The quiz pages' address: a lesson's quiz or the course quiz. */
function quizPath(courseSlug: string, lessonSlug: string | null | undefined, attemptId: string) {
  return lessonSlug
    ? `/courses/${courseSlug}/lessons/${lessonSlug}/quiz/${attemptId}`
    : `/courses/${courseSlug}/quiz/${attemptId}`;
}

async function signedIn() {
  try {
    return await requireUser();
  } catch (e) {
    if (e instanceof AuthError) return null;
    throw e;
  }
}

export async function startQuizAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await signedIn();
  if (!user) return { ok: false, message: "Sign in again to start a quiz." };
  const values = formValues(form);
  const input = {
    courseSlug: text(form, "courseSlug") ?? "",
    lessonSlug: text(form, "lessonSlug"),
    count: text(form, "count"),
    practice: text(form, "practice"),
  };
  const parsed = startQuizSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, values);
  const result = await startQuiz(user, input);
  if (!result.ok) return { ok: false, message: result.error, values };
  redirect(quizPath(input.courseSlug, input.lessonSlug, result.attemptId));
}

export async function retryMissedAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await signedIn();
  if (!user) return { ok: false, message: "Sign in again to retry." };
  const result = await retryMissed(user, { attemptId: text(form, "attemptId") ?? "" });
  if (!result.ok) return { ok: false, message: result.error };
  redirect(quizPath(result.courseSlug, result.lessonSlug, result.attemptId));
}

/** One quiz answer from the player's form: the chosen option or the typed response, graded on the server. */
export async function submitAnswerAction(_prev: AnswerState, form: FormData): Promise<AnswerState> {
  const questionId = text(form, "questionId");
  const user = await signedIn();
  if (!user) return { ok: false, questionId, message: "Sign in again to keep answering." };
  const values = formValues(form);
  const input = {
    attemptId: text(form, "attemptId") ?? "",
    questionId: questionId ?? "",
    optionId: text(form, "choice"),
    response: text(form, "response"),
    timeMs: Number(form.get("timeMs")),
  };
  const parsed = submitAnswerSchema.safeParse(input);
  if (!parsed.success) return { ...invalid(parsed.error, values), questionId };
  const result = await submitAnswer(user, parsed.data);
  if (!result.ok) return { ok: false, questionId, message: result.error, values };
  const { ok, ...feedback } = result;
  return { ok, questionId, feedback };
}

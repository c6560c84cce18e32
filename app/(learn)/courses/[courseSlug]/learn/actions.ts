"use server";

import { AuthError, requireUser } from "@/lib/auth/session";
import { answerLearn, restartLearnRound } from "@/lib/study/learn";
import type { LearnAnswerInput, StudyScope } from "@/lib/validations/study-modes";

async function signedIn() {
  try {
    return await requireUser();
  } catch (e) {
    if (e instanceof AuthError) return null;
    throw e;
  }
}
const signedOut = { ok: false as const, status: 401 as const, error: "Sign in again to go on." };

/** The scope is bound by the page; lib/study/learn validates it with the answer. */
export async function learnAnswerAction(
  scope: StudyScope,
  input: Omit<LearnAnswerInput, keyof StudyScope>,
) {
  const user = await signedIn();
  return user ? answerLearn(user, { ...input, ...scope }) : signedOut;
}

export async function learnRestartAction(scope: StudyScope) {
  const user = await signedIn();
  return user ? restartLearnRound(user, scope) : signedOut;
}

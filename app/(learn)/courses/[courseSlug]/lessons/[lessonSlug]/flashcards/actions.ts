"use server";

import { AuthError, requireUser } from "@/lib/auth/session";
import { setFlashcardStar } from "@/lib/study/flashcards";
import type { StarInput } from "@/lib/validations/study";

/** Stars or unstars a card; zod-validated in lib/study, errors come back as values. */
export async function setStarAction(input: StarInput) {
  try {
    return await setFlashcardStar(await requireUser(), input);
  } catch (e) {
    if (e instanceof AuthError) return { ok: false as const, status: e.status, error: e.message };
    throw e;
  }
}

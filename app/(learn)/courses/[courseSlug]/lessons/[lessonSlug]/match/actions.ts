"use server";

import { AuthError, requireUser } from "@/lib/auth/session";
import { recordMatch } from "@/lib/study/match";
import type { MatchResultInput } from "@/lib/validations/study-modes";

/** A finished game's time; the page binds the lesson, lib/study/match validates everything. */
export async function recordMatchAction(
  scope: { courseSlug: string; lessonSlug: string },
  input: Omit<MatchResultInput, "courseSlug" | "lessonSlug">,
) {
  try {
    return await recordMatch(await requireUser(), { ...input, ...scope });
  } catch (e) {
    if (e instanceof AuthError)
      return { ok: false as const, status: e.status, error: "Sign in again to save your time." };
    throw e;
  }
}

"use server";

import { AuthError, requireUser } from "@/lib/auth/session";
import { markSectionRead, type MarkReadResult } from "@/lib/learner/places";
import type { SectionReadInput } from "@/lib/validations/learner";

/** The section on screen was read to its end (section-read.tsx); lib/learner/places validates it. */
export async function markSectionReadAction(input: SectionReadInput): Promise<MarkReadResult> {
  try {
    return await markSectionRead(await requireUser(), input);
  } catch (e) {
    if (e instanceof AuthError) return { ok: false, error: "Sign in again to keep your progress." };
    throw e;
  }
}

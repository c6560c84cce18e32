"use server";

import { revalidatePath } from "next/cache";
import { AuthError, requireUser } from "@/lib/auth/session";
import { markSectionRead, type MarkReadResult } from "@/lib/learner/places";
import type { SectionReadInput } from "@/lib/validations/learner";

/** The section on screen was read to its end (section-read.tsx); lib/learner/places validates it. */
export async function markSectionReadAction(input: SectionReadInput): Promise<MarkReadResult> {
  try {
    const result = await markSectionRead(await requireUser(), input);
    // The lesson's ✓ and "Read N of M", and the home's counts, in this action's reply.
    if (result.ok) {
      revalidatePath(`/courses/${input.courseSlug}/lessons/${input.lessonSlug}`);
      revalidatePath("/");
    }
    return result;
  } catch (e) {
    if (e instanceof AuthError) return { ok: false, error: "Sign in again to keep your progress." };
    throw e;
  }
}

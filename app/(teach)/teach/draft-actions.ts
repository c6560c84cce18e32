"use server";

import { revalidatePath } from "next/cache";
import { saveDraft } from "@/lib/authoring/drafts";
import { requireAuthor } from "@/lib/authoring/gate";
import { refusedAsValue } from "@/lib/authoring/results";
import { entityTypeSchema, type SaveEnvelope } from "@/lib/validations/authoring";

/** "Save as draft" from an editor: the edit is kept beside the live version, which learners keep seeing. */
export async function saveDraftAction(type: string, input: SaveEnvelope) {
  return refusedAsValue(async () => {
    // The role first: a signed-out caller learns nothing about what it sent.
    await requireAuthor();
    const kind = entityTypeSchema.safeParse(type);
    if (!kind.success)
      return { ok: false as const, status: 422 as const, error: "Unknown kind of item." };
    const result = await saveDraft(kind.data, input);
    // Only the teach pages show drafts.
    if (result.ok) revalidatePath("/teach", "layout");
    return result.ok ? { ...result, draft: true as const } : result;
  });
}

"use server";
/** Server action for the chat pages: a learner clears their own history for one course or lesson. */
import { z } from "zod";
import { AuthError, requireUser } from "../auth/session";
import { clearChat } from "./history";

const scopeSchema = z.object({
  courseSlug: z.string().min(1).max(200),
  lessonSlug: z.string().min(1).max(200).nullable(),
});

export async function clearChatHistory(raw: {
  courseSlug: string;
  lessonSlug: string | null;
}): Promise<{ ok: true; removed: number } | { ok: false; error: string }> {
  const scope = scopeSchema.safeParse(raw);
  if (!scope.success) return { ok: false, error: "That chat doesn't exist." };
  try {
    const user = await requireUser();
    return { ok: true, removed: await clearChat(user, scope.data) };
  } catch (e) {
    if (e instanceof AuthError) return { ok: false, error: e.message };
    throw e;
  }
}

"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { saveStudySettings } from "@/lib/srs/study-settings";
import { studySettingsSchema } from "@/lib/validations/srs";

export type SettingsFormState = {
  ok: boolean;
  message: string;
  fieldErrors: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export async function saveSettings(
  _prev: SettingsFormState,
  form: FormData,
): Promise<SettingsFormState> {
  const user = await requireUser();
  const submitted = Object.fromEntries(
    [...form.entries()].filter(
      (e): e is [string, string] => typeof e[1] === "string" && !e[0].startsWith("$"),
    ),
  );
  const parsed = studySettingsSchema.safeParse(submitted);
  if (!parsed.success)
    return {
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values: submitted,
    };
  await saveStudySettings(user, parsed.data);
  revalidatePath("/review");
  revalidatePath("/settings");
  return { ok: true, message: "Settings saved.", fieldErrors: {}, values: submitted };
}

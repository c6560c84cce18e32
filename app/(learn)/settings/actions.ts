"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { saveStudySettings } from "@/lib/srs/study-settings";
import { formValues, invalid, type FormState } from "@/lib/validations/form-state";
import { studySettingsSchema } from "@/lib/validations/srs";

export async function saveSettings(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const submitted = formValues(form);
  const parsed = studySettingsSchema.safeParse(submitted);
  if (!parsed.success) return invalid(parsed.error, submitted);
  await saveStudySettings(user, parsed.data);
  revalidatePath("/review");
  revalidatePath("/settings");
  return { ok: true, message: "Settings saved.", values: submitted };
}

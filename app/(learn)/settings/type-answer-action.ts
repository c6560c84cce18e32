"use server";
/** Saves "Type the answer" (decision 0014's form pattern): its own form, beside the main settings form. */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { saveTypeAnswer } from "@/lib/srs/study-settings";
import { formValues, invalid, type FormState } from "@/lib/validations/form-state";

// A hidden "off" comes first, then the checkbox's "on" when ticked (formValues keeps the last).
const typeAnswerSchema = z.object({
  typeAnswer: z.enum(["on", "off"], { error: "choose on or off" }),
});

export async function saveTypeAnswerSetting(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = typeAnswerSchema.safeParse(formValues(form));
  if (!parsed.success) return invalid(parsed.error);
  const on = parsed.data.typeAnswer === "on";
  await saveTypeAnswer(user, on);
  revalidatePath("/settings");
  revalidatePath("/review");
  return {
    ok: true,
    message: on
      ? "Saved: you type the answer to cards with a short back."
      : "Saved: cards show their answer without typing.",
  };
}

"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { optimizeCourse } from "@/lib/srs/optimizer/access";
import { formValues, invalid, type FormState } from "@/lib/validations/form-state";

const schema = z.object({
  course: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, "Choose a course."),
});

/** Fits a course's parameters to all its learners' reviews (fsrs-rs in a child process); answers when done. */
export async function optimizeCourseAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = schema.safeParse(formValues(form));
  if (!parsed.success) return invalid(parsed.error);
  const result = await optimizeCourse(parsed.data.course);
  if (!result.ok) return { ok: false, message: result.error };
  const outcome = result.value;
  if (!outcome.ok) return { ok: false, message: outcome.message };
  revalidatePath("/teach/schedule");
  const loss =
    outcome.before && outcome.after
      ? `: log loss ${outcome.before.logLoss.toFixed(4)} → ${outcome.after.logLoss.toFixed(4)}`
      : "";
  return {
    ok: true,
    message: `Fitted on ${outcome.reviewCount} reviews${loss}. Learners without their own parameters are now scheduled with these.`,
  };
}

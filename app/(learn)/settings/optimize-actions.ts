"use server";
import { revalidatePath } from "next/cache";
import { optimizeMySchedule } from "@/lib/srs/optimizer/access";
import type { FormState } from "@/lib/validations/form-state";

const fixed = (n: number, digits: number) => n.toFixed(digits);
const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

/** "Optimize my schedule": the fit runs in its own process; the button shows it pending until it answers. */
export async function optimizeSchedule(_prev: FormState, _form: FormData): Promise<FormState> {
  const outcome = await optimizeMySchedule();
  if (!outcome.ok) return { ok: false, message: outcome.message };
  revalidatePath("/settings");
  revalidatePath("/review");
  const { before, after } = outcome;
  const figures =
    before && after
      ? `: log loss ${fixed(before.logLoss, 4)} → ${fixed(after.logLoss, 4)}, RMSE (bins) ${percent(before.rmseBins)} → ${percent(after.rmseBins)}`
      : "";
  return {
    ok: true,
    message: `Optimized on ${outcome.reviewCount} reviews${figures}. Your next reviews use the new parameters.`,
  };
}

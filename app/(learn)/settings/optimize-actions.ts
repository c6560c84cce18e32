"use server";
import { revalidatePath } from "next/cache";
import { myWorkload, optimizeMySchedule } from "@/lib/srs/optimizer/access";
import type { WorkloadRow } from "@/lib/srs/optimizer/workload";
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

export type WorkloadState = FormState & { rows?: WorkloadRow[] };

/**
 * "Show expected workload": the simulation reads every card the learner has, so it runs when asked,
 * never on the page's load. Its rows come back with the form's answer.
 */
export async function showWorkload(_prev: WorkloadState, _form: FormData): Promise<WorkloadState> {
  const rows = await myWorkload();
  return { ok: true, message: "Expected workload simulated with your parameters in force.", rows };
}

/**
 * Which FSRS parameters schedule a learner's cards: their own (fitted to their history by
 * lib/srs/optimizer), else their course's (fitted to all learners on it), else FSRS-6's defaults.
 * The choice is made in the same read as the study settings (lib/srs/settings.ts, `weightsInForce`),
 * once per request. No server imports: the offline review schedules with it in the browser (lib/srs/schedule.ts and what it imports).
 */
import { z } from "zod";

/** FSRS-6 has 21 parameters; fsrs-rs and ts-fsrs agree on their order and defaults. */
export const PARAMETER_COUNT = 21;

export const weightsSchema = z.array(z.number().finite()).length(PARAMETER_COUNT);

/** Stored weights (JSON text) → numbers, or null when absent or not 21 finite numbers (then the defaults apply). */
export function parseWeights(json: string | null | undefined): number[] | null {
  if (!json) return null;
  try {
    const parsed = weightsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Where the weights in force came from. */
export type ParameterSource = "learner" | "course" | "default";

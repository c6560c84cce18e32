/**
 * Learning and relearning steps as ts-fsrs reads them: a whole number of minutes, hours or days
 * ("1m", "10m", "1d"). ts-fsrs reads the number with parseInt (so "1.5h" would silently be 1h, and
 * "0m" means no step), and schedules a step of a day or more directly, past FSRS and the maximum
 * interval: a step is therefore whole, at least 1 and at most a year (Hard is 1.5 × the first step).
 */
import type { StepUnit } from "ts-fsrs";

export const MAX_STEP_DAYS = 365;
/** The columns' defaults in prisma/schema.prisma. */
export const DEFAULT_LEARNING_STEPS = "1m,10m";
export const DEFAULT_RELEARNING_STEPS = "10m";
export const MAX_STEPS = 10;
const MINUTES: Record<string, number> = { m: 1, h: 60, d: 1440 };
const STEP = /^([1-9]\d{0,8})([mhd])$/;

/** The step in minutes, or null when it is not a step within the bounds. */
export function stepMinutes(step: string): number | null {
  const match = STEP.exec(step);
  if (!match) return null;
  const minutes = Number(match[1]) * MINUTES[match[2]!]!;
  return minutes <= MAX_STEP_DAYS * 1440 ? minutes : null;
}

export const splitSteps = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** Stored steps for the scheduler; a list saved before these bounds existed falls back to the default. */
export function parseSteps(text: string, fallback: string): StepUnit[] {
  const steps = splitSteps(text);
  const valid = steps.length <= MAX_STEPS && steps.every((s) => stepMinutes(s) !== null);
  return (valid ? steps : splitSteps(fallback)) as StepUnit[];
}

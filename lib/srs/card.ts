/**
 * The bridge between our ReviewItem rows and ts-fsrs Cards, and the scheduler built from a
 * learner's settings. FSRS-6 itself lives in ts-fsrs; we only map fields (study days, due dates and
 * Anki's interval rules around it: lib/srs/schedule.ts).
 */
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  StrategyMode,
  type Card,
  type FSRS,
} from "ts-fsrs";
import type { ReviewItem, StudySettings } from "../generated/prisma/client";
import { ankiLearningSteps } from "./learning-steps";
import { parseWeights } from "./params";
import { DEFAULT_LEARNING_STEPS, DEFAULT_RELEARNING_STEPS, parseSteps } from "../validations/steps";

export type ItemState = Pick<
  ReviewItem,
  | "due"
  | "stability"
  | "difficulty"
  | "elapsedDays"
  | "scheduledDays"
  | "learningSteps"
  | "reps"
  | "lapses"
  | "state"
  | "lastReview"
>;
export type SchedulerSettings = Pick<
  StudySettings,
  "desiredRetention" | "learningSteps" | "relearningSteps"
> & {
  /** The learner's FSRS parameters in force as JSON (lib/srs/params.ts); absent or null: the defaults. */
  fsrsWeights?: string | null;
};

/** Intervals above this are clamped; Anki's default maximum interval (100 years). */
export const MAXIMUM_INTERVAL_DAYS = 36500;

export function toCard(s: ItemState): Card {
  return {
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    last_review: s.lastReview ?? undefined,
  };
}

export function fromCard(c: Card): ItemState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

export const newItemState = (now: Date): ItemState => fromCard(createEmptyCard(now));

export function stateOf(row: ItemState): ItemState {
  const {
    due,
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
    lastReview,
  } = row;
  return {
    due,
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
    lastReview,
  };
}

const schedulers = new Map<string, FSRS>();

/**
 * One ts-fsrs scheduler per distinct setting combination and parameter set (they are cheap, but built once). Fuzz is off
 * by default: lib/srs/schedule.ts applies Anki's fuzz to the unrounded interval itself.
 */
export function schedulerFor(settings: SchedulerSettings, options: { fuzz?: boolean } = {}): FSRS {
  const enable_fuzz = options.fuzz ?? false;
  const key = JSON.stringify([
    settings.desiredRetention,
    settings.learningSteps,
    settings.relearningSteps,
    enable_fuzz,
    settings.fsrsWeights ?? null,
  ]);
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    const weights = parseWeights(settings.fsrsWeights);
    scheduler = fsrs(
      generatorParameters({
        request_retention: settings.desiredRetention,
        ...(weights ? { w: weights } : {}),
        enable_fuzz,
        maximum_interval: MAXIMUM_INTERVAL_DAYS,
        learning_steps: parseSteps(settings.learningSteps, DEFAULT_LEARNING_STEPS),
        relearning_steps: parseSteps(settings.relearningSteps, DEFAULT_RELEARNING_STEPS),
      }),
    ).useStrategy(StrategyMode.LEARNING_STEPS, ankiLearningSteps);
    // Learners with parameters of their own each have one: room for the busy ones.
    if (schedulers.size > 1000) schedulers.clear();
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

/** The item's state as JSON for ReviewLog.previous; `created` marks a rating that created the item; `extra` holds its flags and buried siblings (lib/srs/flags.ts). */
export function serializeState(
  s: ItemState,
  created: boolean,
  extra: Record<string, unknown> = {},
): string {
  return JSON.stringify({
    ...extra,
    ...s,
    due: s.due.toISOString(),
    lastReview: s.lastReview?.toISOString() ?? null,
    created,
  });
}

export function parseState(json: string): { state: ItemState; created: boolean } {
  const raw = JSON.parse(json) as Omit<ItemState, "due" | "lastReview"> & {
    due: string;
    lastReview: string | null;
    created?: boolean;
  };
  const { created = false, ...rest } = raw;
  return {
    state: stateOf({
      ...rest,
      due: new Date(raw.due),
      lastReview: raw.lastReview ? new Date(raw.lastReview) : null,
    }),
    created,
  };
}

/**
 * What each rating does to a card, as Anki does it with FSRS: ts-fsrs computes the memory state
 * (stability, difficulty) and the learning steps; elapsed days are counted in the learner's study
 * days (lib/srs/day.ts); day intervals follow Anki's rules (rslib/src/scheduler/states: review.rs,
 * learning.rs, fuzz.rs) and land at the start of the due study day. See docs/decisions/0004.
 */
import { State, type Card, type FSRSParameters, type Grade } from "ts-fsrs";
import { MAXIMUM_INTERVAL_DAYS, schedulerFor, toCard, type ItemState } from "./card";
import type { SchedulerSettings } from "./card";
import { clockOf, studyDayNumber, studyDayStart, type DayClock } from "./day";
import { withReviewFuzz } from "./fuzz";
import { ankiLearningSteps } from "./learning-steps";

const HOUR = 3_600_000,
  DAY = 24 * HOUR;
export const GRADES = [1, 2, 3, 4] as const satisfies readonly Grade[];

export type ClockSettings = SchedulerSettings & { timeZone: string; dayStartHour: number };
export interface Scheduled {
  state: ItemState;
  /** Study days since the last review (0 for a new card), as logged and as FSRS used it. */
  elapsedDays: number;
  /** Whole days until due when it is due on a day (the button label), or null for a step in minutes. */
  days: number | null;
}
export interface ScheduleOptions {
  /** Anki fuzzes by default; tests compare with fuzz off. */
  fuzz?: boolean;
  /** Stable per card and rating count (the preview and the rating then fuzz alike), like Anki's card id + reps. */
  seed: string;
}

/**
 * ts-fsrs counts elapsed days between UTC calendar dates, so we hand it times in study-day
 * coordinates: an instant whose UTC date is the study day (local wall clock minus the day start).
 * Its memory model and steps are then exactly FSRS's, with Anki's day boundaries.
 */
const shifted = (day: number, offset: number) => new Date(day * DAY + offset);

export function scheduleAll(
  before: ItemState,
  now: Date,
  settings: ClockSettings,
  options: ScheduleOptions,
): Record<Grade, Scheduled> {
  const clock = clockOf(settings);
  const scheduler = schedulerFor(settings, { fuzz: false });
  const today = studyDayNumber(now, clock);
  // A learner who moves their clock back a day doesn't get a negative elapsed time.
  const lastDay = before.lastReview ? Math.min(today, studyDayNumber(before.lastReview, clock)) : 0;
  const card: Card = {
    ...toCard(before),
    last_review: before.lastReview ? shifted(lastDay, 0) : undefined,
  };
  // Midday of the study day: a 25-hour DST day must not spill into the next UTC date.
  const fakeNow = shifted(today, 12 * HOUR);
  const preview = scheduler.repeat(card, fakeNow);
  const factor = options.fuzz === false ? null : fuzzFactor(options.seed);
  const steps = stepMinutes(scheduler.parameters, before);
  const days = intervals(before, (g) => preview[g].card.stability * scheduler.interval_modifier, {
    factor,
    steps,
  });
  const result = {} as Record<Grade, Scheduled>;
  for (const g of GRADES) {
    const { card: next, log } = preview[g];
    const d = days[g];
    // A step in minutes is due that long after now, unrounded (Anki: Hard on 1m/10m is 5.5 minutes).
    const due = d === null ? new Date(now.getTime() + steps[g] * 60_000) : dueOn(today + d, clock);
    result[g] = {
      state: {
        due,
        stability: next.stability,
        difficulty: next.difficulty,
        elapsedDays: log.elapsed_days,
        scheduledDays: d ?? 0,
        learningSteps: next.learning_steps,
        reps: next.reps,
        lapses: next.lapses,
        state: next.state,
        lastReview: now,
      },
      elapsedDays: log.elapsed_days,
      days: d,
    };
  }
  return result;
}

const dueOn = (day: number, clock: DayClock) => studyDayStart(day, clock);

/** The learning or relearning step each grade takes (minutes, 0 when none: FSRS decides the interval). */
function stepMinutes(parameters: FSRSParameters, before: ItemState): Record<Grade, number> {
  const steps = ankiLearningSteps(parameters, before.state, before.learningSteps);
  const at = (g: Grade) => Math.max(0, steps[g]?.scheduled_minutes ?? 0);
  const review = before.state === State.Review;
  return { 1: at(1), 2: review ? 0 : at(2), 3: review ? 0 : at(3), 4: 0 };
}

/**
 * Days until due per grade (null: a step in minutes). Anki's rules: on a review, Hard ≥ 1,
 * Good ≥ Hard + 1, Easy ≥ Good + 1, each fuzzed from the unrounded FSRS interval (and not back to
 * the last interval when it grew); a learning or relearning card graduates at the rounded interval,
 * Easy at least a day past Good (fuzzed, unrounded); none above the maximum interval.
 */
function intervals(
  before: ItemState,
  unrounded: (g: Grade) => number,
  { factor, steps }: { factor: number | null; steps: Record<Grade, number> },
): Record<Grade, number | null> {
  const max = MAXIMUM_INTERVAL_DAYS;
  const fuzz = (interval: number, minimum: number) =>
    withReviewFuzz(factor, interval, minimum, max);
  const step = (g: Grade) => (steps[g] >= 1440 ? Math.floor(steps[g] / 1440) : null);
  const graduate = (g: Grade) => fuzz(Math.max(1, Math.round(unrounded(g))), 1);
  const out = {} as Record<Grade, number | null>;
  if (before.state === State.Review) {
    out[1] = steps[1] > 0 ? step(1) : Math.min(max, Math.max(1, Math.round(unrounded(1))));
    // An interval longer than last time is not fuzzed back to or below it.
    const past = (g: Grade) =>
      Math.round(unrounded(g)) > before.scheduledDays ? before.scheduledDays + 1 : 0;
    out[2] = fuzz(unrounded(2), Math.max(past(2), 1));
    out[3] = fuzz(unrounded(3), Math.max(past(3), out[2] + 1));
    out[4] = fuzz(unrounded(4), Math.max(past(4), out[3] + 1));
    return out;
  }
  for (const g of [1, 2, 3] as const) out[g] = steps[g] > 0 ? step(g) : graduate(g);
  out[4] = fuzz(Math.max(1, Math.round(unrounded(4))), fuzz(unrounded(3), 1) + 1);
  return out;
}

/** The fuzz seed of a learner's card at its current rating count (the preview and the rating agree). */
export const fuzzSeed = (
  userId: string,
  item: { flashcardId: string } | { questionId: string },
  before: Pick<ItemState, "reps">,
) => `${userId}:${"flashcardId" in item ? item.flashcardId : item.questionId}:${before.reps}`;

/** A number in [0, 1) fixed by the seed (FNV-1a, then one round of mulberry32). */
export function fuzzFactor(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let t = (h + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

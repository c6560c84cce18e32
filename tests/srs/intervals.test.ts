import { State, fsrs, generatorParameters, type Card, type StepUnit } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { MAXIMUM_INTERVAL_DAYS, newItemState, type ItemState } from "../../lib/srs/card";
import { withReviewFuzz } from "../../lib/srs/fuzz";
import { ankiLearningSteps } from "../../lib/srs/learning-steps";
import { nextIntervals } from "../../lib/srs/intervals";
import { GRADES, fuzzFactor, scheduleAll } from "../../lib/srs/schedule";

const DAY = 86_400_000;
const settings = {
  desiredRetention: 0.9,
  learningSteps: "1m,10m",
  relearningSteps: "10m",
  timeZone: "Europe/Berlin",
  dayStartHour: 4,
};
const now = new Date("2025-06-01T10:00:00Z");
/** A card learned long ago with a huge stability: every passing grade wants more than the maximum. */
const veteran: ItemState = {
  ...newItemState(now),
  state: State.Review,
  stability: 36000,
  difficulty: 1,
  scheduledDays: 36000,
  reps: 30,
  lastReview: new Date(now.getTime() - 36000 * DAY),
  due: now,
};

describe("Anki's interval rules", () => {
  it("never schedules past the maximum interval, even after Good > Hard and Easy > Good (ts-fsrs alone goes past it)", () => {
    const plain = fsrs(generatorParameters({ enable_fuzz: false, maximum_interval: 36500 }));
    const card: Card = {
      due: veteran.due,
      stability: veteran.stability,
      difficulty: veteran.difficulty,
      elapsed_days: 0,
      scheduled_days: veteran.scheduledDays,
      learning_steps: 0,
      reps: veteran.reps,
      lapses: 0,
      state: State.Review,
      last_review: veteran.lastReview!,
    };
    expect(plain.repeat(card, now)[4].card.scheduled_days).toBeGreaterThan(MAXIMUM_INTERVAL_DAYS);
    for (const fuzz of [false, true])
      for (const seed of ["a", "b", "c", "d"]) {
        const all = scheduleAll(veteran, now, settings, { fuzz, seed });
        for (const g of [2, 3, 4] as const)
          expect(all[g].state.scheduledDays).toBeLessThanOrEqual(MAXIMUM_INTERVAL_DAYS);
      }
  });

  it("fuzzes like Anki's fuzz.rs (its own test table: lower, middle, upper)", () => {
    const cases: [number, number, number, number, number, number][] = [
      [1.0, 1, 1000, 1, 1, 1],
      [2.49, 1, 1000, 2, 2, 2],
      [2.5, 1, 1000, 2, 3, 4],
      [7.0, 1, 1000, 5, 7, 9],
      [17.0, 1, 1000, 14, 17, 20],
      [37.0, 1, 1000, 33, 37, 41],
      [2.0, 3, 1000, 3, 4, 4],
      [6.9, 3, 1000, 5, 7, 9],
      [19.9, 3, 1000, 17, 20, 23],
      [20.1, 3, 1000, 17, 20, 23],
      [100.0, 101, 1000, 101, 105, 108],
      [100.0, 1, 99, 92, 96, 99],
      [100.0, 97, 103, 97, 100, 103],
    ];
    for (const [ivl, min, max, lower, middle, upper] of cases) {
      expect(withReviewFuzz(0, ivl, min, max), `${ivl} lower`).toBe(lower);
      expect(withReviewFuzz(0.5, ivl, min, max), `${ivl} middle`).toBe(middle);
      expect(withReviewFuzz(0.99, ivl, min, max), `${ivl} upper`).toBe(upper);
    }
    expect(withReviewFuzz(null, 1.5, 1, 100)).toBe(2);
    expect(withReviewFuzz(null, 101, 1, 100)).toBe(100);
  });

  it("fuzzes the unrounded interval, inside Anki's range, and spreads across it", () => {
    // Good on a review of a 10-day card after 10 days: FSRS wants ~25.9 days, Anki's range is 22–29.
    const card: ItemState = {
      ...veteran,
      stability: 10,
      difficulty: 5,
      scheduledDays: 10,
      lastReview: new Date(now.getTime() - 10 * DAY),
    };
    const exact = scheduleAll(card, now, settings, { fuzz: false, seed: "" })[3];
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const good = scheduleAll(card, now, settings, { seed: `s${i}` })[3].state.scheduledDays;
      seen.add(good);
    }
    const [lo, hi] = [Math.min(...seen), Math.max(...seen)];
    expect(exact.state.scheduledDays).toBeGreaterThan(lo);
    expect(exact.state.scheduledDays).toBeLessThan(hi);
    // The range Anki gives the unrounded interval (delta = 1 + 0.15·4.5 + 0.1·13 + 0.05·(ivl − 20)).
    const unrounded = exact.state.stability * 1; // retention 0.9: the interval equals the stability
    const delta = 1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * (unrounded - 20);
    expect(lo).toBe(Math.max(11, Math.round(unrounded - delta)));
    expect(hi).toBe(Math.round(unrounded + delta));
  });

  it("the buttons show what the rating then does (same fuzz seed), in days for day intervals", () => {
    const card: ItemState = { ...veteran, stability: 12, difficulty: 4, scheduledDays: 12 };
    const seed = "learner:card:30";
    const labels = nextIntervals(settings, card, now, { seed });
    const all = scheduleAll(card, now, settings, { seed });
    for (const g of GRADES.slice(1))
      expect(labels[g]).toMatch(new RegExp(`^(${all[g].days}d|[\\d.]+(mo|y))$`));
    expect(labels[1]).toBe("10m");
    expect(fuzzFactor(seed)).toBe(fuzzFactor(seed));
  });
  it("takes learning steps as Anki's steps.rs does (its own table: again, hard, good in seconds)", () => {
    const cases: [StepUnit[], number, number, number, number | null][] = [
      [["10m"], 0, 600, 900, null],
      [["4320m"], 0, 3 * 86400, 4 * 86400, null],
      [["1m", "10m"], 0, 60, 330, 600],
      [["1m", "10m"], 1, 60, 600, null],
      [["1m", "10m", "100m"], 0, 60, 330, 600],
      [["1m", "10m", "100m"], 1, 60, 600, 6000],
      [["1m", "10m", "100m"], 2, 60, 6000, null],
    ];
    for (const [steps, at, again, hard, good] of cases) {
      const params = generatorParameters({ learning_steps: steps });
      const got = ankiLearningSteps(params, State.Learning, at);
      const secs = (g: 1 | 2 | 3) => (got[g] ? got[g].scheduled_minutes * 60 : null);
      expect([secs(1), secs(2), secs(3)], `${steps.join(",")} at step ${at}`).toEqual([
        again,
        hard,
        good,
      ]);
    }
  });

  it("Hard on the last learning step repeats it (10 minutes), on the first is 5.5 minutes", () => {
    const fresh = newItemState(now);
    const first = scheduleAll(fresh, now, settings, { seed: "" });
    expect(first[2].state.due.getTime() - now.getTime()).toBe(330_000);
    const onLast = first[3].state;
    const later = new Date(now.getTime() + 10 * 60_000);
    const hard = scheduleAll(onLast, later, settings, { seed: "" })[2].state;
    expect(hard.state).toBe(State.Learning);
    expect(hard.due.getTime() - later.getTime()).toBe(600_000);
  });
});

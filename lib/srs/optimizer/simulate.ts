/**
 * A learner simulated with FSRS-6 (ts-fsrs's memory model): the true parameters decide whether each
 * review is recalled, the scheduler's parameters decide when it comes back. Used by
 * `npm run bench:optimizer` (a population drawn from known parameters) and the optimizer tests.
 */
import { clipParameters, default_w, FSRSAlgorithm, generatorParameters, type Grade } from "ts-fsrs";
import type { RatingLog } from "./items";

const MIN = 60_000,
  DAY = 86_400_000;

export const algorithm = (w: readonly number[] | null, retention = 0.9) =>
  new FSRSAlgorithm(
    generatorParameters({
      w: w ? [...w] : [...default_w],
      request_retention: retention,
      enable_fuzz: false,
      maximum_interval: 36500,
    }),
  );

/** A seeded generator (mulberry32): the same seed draws the same population. */
export function randomSource(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, normal };
}
export type Random = ReturnType<typeof randomSource>;

/** Parameters around `mean`: each multiplied by e^(σ·N(0,1)), then clipped to FSRS's valid ranges. */
export function drawParameters(mean: readonly number[], sigma: number, random: Random): number[] {
  const w = mean.map((m, i) => (i === 20 ? m : m * Math.exp(sigma * random.normal())));
  return clipParameters(w, 1, true);
}

interface Memory {
  stability: number;
  difficulty: number;
}
interface SimCard {
  id: string;
  truth: Memory;
  sched: Memory;
  last: number;
  due: number;
}

export interface SimulateOptions {
  id: string;
  truth: readonly number[];
  /** The parameters the learner is scheduled with (null: defaults). */
  scheduler?: readonly number[] | null;
  reviews: number;
  newPerDay?: number;
  start?: Date;
  random: Random;
}

/** One learner's review logs (cards `${id}-c${n}`), first study day at `start`, 09:00 UTC sessions. */
export function simulateLearner(o: SimulateOptions): RatingLog[] {
  const truth = algorithm(o.truth);
  const sched = algorithm(o.scheduler ?? null);
  const start = (o.start ?? new Date(Date.UTC(2026, 0, 1))).getTime() + 9 * 3_600_000;
  const logs: RatingLog[] = [];
  const cards: SimCard[] = [];
  const log = (c: SimCard, at: number, rating: number, stateBefore: number) =>
    logs.push({ cardId: c.id, reviewedAt: new Date(at), rating, source: "review", stateBefore });
  const step = (c: SimCard, day: number, g: Grade) => {
    const t = c.last < 0 ? 0 : day - c.last;
    c.truth = truth.next_state(c.last < 0 ? null : c.truth, t, g);
    c.sched = sched.next_state(c.last < 0 ? null : c.sched, t, g);
  };
  const relearn = (c: SimCard, day: number, at: number) => {
    log(c, at + 10 * MIN, 3, 1);
    step(c, day, 3);
  };
  for (let day = 0; logs.length < o.reviews; day++) {
    let at = start + day * DAY;
    for (const c of cards.filter((c) => c.due <= day)) {
      if (logs.length >= o.reviews) break;
      const r = truth.forgetting_curve(day - c.last, c.truth.stability);
      const recalled = o.random.next() < r;
      const u = o.random.next();
      const g: Grade = !recalled ? 1 : u < 0.15 ? 2 : u < 0.9 ? 3 : 4;
      at += MIN;
      log(c, at, g, 2);
      step(c, day, g);
      c.last = day;
      if (g === 1) relearn(c, day, at);
      c.due = day + Math.max(1, sched.next_interval(c.sched.stability, 0));
    }
    for (let n = 0; n < (o.newPerDay ?? 10) && logs.length < o.reviews; n++) {
      const c: SimCard = {
        id: `${o.id}-c${cards.length}`,
        truth: blank,
        sched: blank,
        last: -1,
        due: 0,
      };
      cards.push(c);
      const u = o.random.next();
      const g: Grade = u < 0.2 ? 1 : u < 0.3 ? 2 : u < 0.9 ? 3 : 4;
      at += MIN;
      log(c, at, g, 0);
      step(c, day, g);
      c.last = day;
      if (g <= 2) relearn(c, day, at);
      c.due = day + Math.max(1, sched.next_interval(c.sched.stability, 0));
    }
  }
  return logs;
}
const blank: Memory = { stability: 0, difficulty: 0 };

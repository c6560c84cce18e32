/**
 * Expected workload by desired retention: the learner's cards (and the new cards they would add at
 * their daily limit) simulated over the next 30 days with their FSRS parameters, recall drawn from
 * the forgetting curve (seeded, so the same cards give the same figures). Counts every rating: new
 * cards, reviews, and the relearning step after a lapse.
 */
import { State } from "ts-fsrs";
import { algorithm, randomSource } from "./simulate";

export const WORKLOAD_RETENTIONS = [0.8, 0.85, 0.9, 0.95] as const;
export const WORKLOAD_DAYS = 30;
const DAY = 86_400_000;

export interface WorkloadCard {
  state: number;
  stability: number;
  difficulty: number;
  lastReview: Date | null;
  due: Date;
}
export interface WorkloadInput {
  cards: WorkloadCard[];
  newPerDay: number;
  /** Cards not yet seen: new cards stop when these run out. */
  unseen: number;
  weights: number[] | null;
  now: Date;
}
export interface WorkloadRow {
  retention: number;
  reviewsPerDay: number;
}

interface Sim {
  s: number;
  d: number;
  last: number;
}

function simulate(input: WorkloadInput, retention: number): number {
  const fsrs = algorithm(input.weights, retention);
  const random = randomSource(20261201);
  const today = Math.floor(input.now.getTime() / DAY);
  const dueOn: Sim[][] = Array.from({ length: WORKLOAD_DAYS }, () => []);
  const schedule = (c: Sim, day: number) => {
    const next = day + Math.max(1, fsrs.next_interval(c.s, 0));
    if (next < WORKLOAD_DAYS) dueOn[next]!.push(c);
  };
  for (const card of input.cards) {
    if (card.state === State.New || !card.lastReview) continue;
    const c = {
      s: card.stability,
      d: card.difficulty,
      last: Math.floor(card.lastReview.getTime() / DAY) - today,
    };
    const day = Math.max(0, Math.floor(card.due.getTime() / DAY) - today);
    if (day < WORKLOAD_DAYS) dueOn[day]!.push(c);
  }
  let ratings = 0;
  let unseen = input.unseen;
  for (let day = 0; day < WORKLOAD_DAYS; day++) {
    for (const c of dueOn[day]!) {
      const t = Math.max(0, day - c.last);
      const recalled = random.next() < fsrs.forgetting_curve(t, c.s);
      const next = fsrs.next_state({ stability: c.s, difficulty: c.d }, t, recalled ? 3 : 1);
      ratings += recalled ? 1 : 2;
      Object.assign(c, { s: next.stability, d: next.difficulty, last: day });
      schedule(c, day);
    }
    const fresh = Math.min(input.newPerDay, unseen);
    unseen -= fresh;
    for (let n = 0; n < fresh; n++) {
      const first = fsrs.next_state(null, 0, 3);
      ratings += 2; // the first rating and one learning step, as with 1m 10m steps on Good
      const c = { s: first.stability, d: first.difficulty, last: day };
      schedule(c, day);
    }
  }
  return ratings / WORKLOAD_DAYS;
}

export function workloadByRetention(input: WorkloadInput): WorkloadRow[] {
  return WORKLOAD_RETENTIONS.map((retention) => ({
    retention,
    reviewsPerDay: Math.round(simulate(input, retention) * 10) / 10,
  }));
}

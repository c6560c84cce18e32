/** What an optimizer run answers, the minimum it needs, and the one-fit-at-a-time guard. */
import { FIT_TIMEOUT_MS, type Metrics } from "./run";
import { pluralWord } from "../../format/plural";

/**
 * fsrs-rs's own minimum: with fewer than 64 training items (reviews of a card on a later day than
 * its first, each with the card's history) it fits only the four initial stabilities, under 8 none
 * at all (training.rs). Below this we refuse and keep the parameters in force.
 */
export const MIN_TRAIN_ITEMS = 64;

/**
 * Ratings before a learner's own fit is made automatically (and used): below this, course
 * parameters predicted their later reviews as well or better in \`npm run bench:optimizer\`.
 */
export const LEARNER_MIN_REVIEWS = 500;

export type FitOutcome =
  | {
      ok: true;
      reviewCount: number;
      itemCount: number;
      before: Metrics | null;
      after: Metrics | null;
      weights: number[];
    }
  | { ok: false; reason: "busy" | "too-little" | "failed"; message: string };

export const tooLittle = (items: number): FitOutcome => ({
  ok: false,
  reason: "too-little",
  message: `Optimizing needs at least ${MIN_TRAIN_ITEMS} reviews of cards on a later day than their first review; there ${pluralWord(items, "is", "are")} ${items}. Keep reviewing and try again later.`,
});

export const busy: FitOutcome = {
  ok: false,
  reason: "busy",
  message: "An optimization is already running; wait for it to finish.",
};

const running = new Set<string>();
/** fsrs-rs uses every core it finds: one child at a time per server process, the rest wait their turn. */
let line: Promise<unknown> = Promise.resolve();

/** A run recorded as running in the database (another process, e.g. the CLI) counts until it would have timed out. */
export const stillRunning = (row: { status: string; startedAt: Date | null } | null, now: Date) =>
  row?.status === "running" &&
  row.startedAt !== null &&
  now.getTime() - row.startedAt.getTime() < FIT_TIMEOUT_MS + 30_000;

/** Runs `fn` unless a run for `key` is already going or waiting in this process; runs go one after another. */
export async function oneAtATime(key: string, fn: () => Promise<FitOutcome>): Promise<FitOutcome> {
  if (running.has(key)) return busy;
  running.add(key);
  const turn = line.then(fn);
  line = turn.catch(() => undefined);
  try {
    return await turn;
  } finally {
    running.delete(key);
  }
}

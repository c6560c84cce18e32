/**
 * Anki's interval fuzz (rslib/src/scheduler/states/fuzz.rs): the unrounded interval gets ±(1 day +
 * 15% of its days in 2.5–7, 10% in 7–20, 5% above 20), kept within [minimum, maximum], and a fixed
 * per-card factor in [0, 1) picks a day from that range uniformly. No factor: rounded and clamped.
 */
const FUZZ_RANGES = [
  { start: 2.5, end: 7, factor: 0.15 },
  { start: 7, end: 20, factor: 0.1 },
  { start: 20, end: Infinity, factor: 0.05 },
];

function fuzzDelta(interval: number): number {
  if (interval < 2.5) return 0;
  return FUZZ_RANGES.reduce(
    (delta, r) => delta + r.factor * Math.max(Math.min(interval, r.end) - r.start, 0),
    1,
  );
}

const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);

/** The fuzz range's first and last day, inside [minimum, maximum]; at least two days wide where that fits. */
export function fuzzBounds(interval: number, minimum: number, maximum: number): [number, number] {
  const min = Math.min(minimum, maximum);
  const ivl = clamp(interval, min, maximum);
  const delta = fuzzDelta(ivl);
  const lower = clamp(Math.round(ivl - delta), min, maximum);
  let upper = clamp(Math.round(ivl + delta), min, maximum);
  if (upper === lower && upper > 2 && upper < maximum) upper = lower + 1;
  return [lower, upper];
}

/** Whole days, at least `minimum` (and 1), at most `maximum`. */
export function withReviewFuzz(
  factor: number | null,
  interval: number,
  minimum: number,
  maximum: number,
): number {
  const max = Math.max(1, maximum);
  const min = clamp(minimum, 1, max);
  if (factor === null) return clamp(Math.round(interval), min, max);
  const [lower, upper] = fuzzBounds(interval, min, max);
  return Math.floor(lower + factor * (1 + upper - lower));
}

/**
 * The Wilson score interval for a share (successes out of n): unlike "k / n ± …" it stays inside
 * 0–1 and is honest for small n, so one wrong answer out of one is "somewhere between 0 % and 79 %
 * right", not "0 % right". https://en.wikipedia.org/wiki/Binomial_proportion_confidence_interval
 */
export interface Interval {
  low: number;
  high: number;
}

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959964;

export function wilson(successes: number, n: number, z = Z95): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  return {
    low: Math.max(0, (centre - spread) / denominator),
    high: Math.min(1, (centre + spread) / denominator),
  };
}

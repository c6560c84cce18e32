/** Turns per-minute counts from SQL into per-study-day counts over a run of days. */
import { addDays, studyDayStart, type DayClock, type DayKey } from "./study-day";

export interface DayCount { day: DayKey; count: number }
export interface InstantCount { at: Date; count: number }

/** Counts rows into `days` (consecutive); rows before the first or after the last day are left out. */
export function countByDay(rows: InstantCount[], days: DayKey[], clock: DayClock): DayCount[] {
  const last = days.at(-1);
  if (!last) return [];
  const starts = [...days, addDays(last, 1)].map((d) => studyDayStart(d, clock).getTime());
  const counts = days.map((day) => ({ day, count: 0 }));
  for (const { at, count } of rows) {
    const slot = slotOf(starts, at.getTime());
    const bucket = slot === -1 ? undefined : counts[slot];
    if (bucket) bucket.count += count;
  }
  return counts;
}

/** Binary search: index i with starts[i] <= t < starts[i+1], or -1. */
function slotOf(starts: number[], t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  if (t < (starts[0] ?? Infinity) || t >= (starts[hi] ?? -Infinity)) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= t) lo = mid;
    else hi = mid;
  }
  return lo;
}

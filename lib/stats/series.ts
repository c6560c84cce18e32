/** Turns per-hour or per-minute counts from SQL into per-study-day counts over a run of days. */
import type { Granularity } from "./sql";
import { addDays, studyDayStart, type DayClock, type DayKey } from "../srs/day";

export interface DayCount {
  day: DayKey;
  count: number;
}
export interface InstantCount {
  at: Date;
  count: number;
}
/** Consecutive study days and the instants they start at (one more than days: the end of the last). */
export interface DayGrid {
  days: DayKey[];
  starts: number[];
}

export function dayGrid(days: DayKey[], clock: DayClock): DayGrid {
  const last = days.at(-1);
  return {
    days,
    starts: last ? [...days, addDays(last, 1)].map((d) => studyDayStart(d, clock).getTime()) : [],
  };
}

/** Hour buckets are exact when every day starts on a whole UTC hour; otherwise count per minute. */
export function granularityOf(grid: DayGrid): Granularity {
  return grid.starts.every((t) => t % 3_600_000 === 0) ? "hour" : "minute";
}

/** Counts rows into the grid's days; rows before the first or after the last day are left out. */
export function countByDay(rows: InstantCount[], grid: DayGrid): DayCount[] {
  const counts = grid.days.map((day) => ({ day, count: 0 }));
  for (const { at, count } of rows) {
    const slot = slotOf(grid.starts, at.getTime());
    const bucket = slot === -1 ? undefined : counts[slot];
    if (bucket) bucket.count += count;
  }
  return counts;
}

/** Binary search: index i with starts[i] <= t < starts[i+1], or -1. */
function slotOf(starts: number[], t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 1 || t < (starts[0] ?? Infinity) || t >= (starts[hi] ?? -Infinity)) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= t) lo = mid;
    else hi = mid;
  }
  return lo;
}

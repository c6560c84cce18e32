/** Study streak: consecutive study days with at least one review or quiz answer, ending today. */
import type { DayCount } from "./series";

export interface Streak {
  days: number;
  studiedToday: boolean;
  /** True when the streak reaches back to the start of the data we looked at (it may be longer). */
  atLeast: boolean;
}

/** `activity` runs oldest → newest and ends today; today not studied yet doesn't break yesterday's streak. */
export function currentStreak(activity: DayCount[]): Streak {
  const studiedToday = (activity.at(-1)?.count ?? 0) > 0;
  let i = activity.length - (studiedToday ? 1 : 2);
  let days = 0;
  while (i >= 0 && (activity[i]?.count ?? 0) > 0) {
    days += 1;
    i -= 1;
  }
  return { days, studiedToday, atLeast: days > 0 && i < 0 };
}

/** Adds two day series of the same days. */
export function sumByDay(a: DayCount[], b: DayCount[]): DayCount[] {
  return a.map((d, i) => ({ day: d.day, count: d.count + (b[i]?.count ?? 0) }));
}

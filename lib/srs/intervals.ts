/** Short interval labels for the rating buttons, like Anki's: "1m", "10m", "3d", "2mo", "1.5y". */
import type { Grade } from "ts-fsrs";
import type { ItemState } from "./card";
import { scheduleAll, type ClockSettings, type ScheduleOptions } from "./schedule";

const MINUTE = 60_000,
  HOUR = 60 * MINUTE,
  DAY = 24 * HOUR;

export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round((days / 30) * 10) / 10}mo`;
  return `${Math.round((days / 365) * 10) / 10}y`;
}

export type Intervals = Record<Grade, string>;

/** What each grade would do to this card now: a step in minutes, or the days until its due study day. */
export function nextIntervals(
  settings: ClockSettings,
  state: ItemState,
  now: Date,
  options: ScheduleOptions,
): Intervals {
  const preview = scheduleAll(state, now, settings, options);
  const label = (g: Grade) => {
    const { days, state: next } = preview[g];
    return formatInterval(days === null ? next.due.getTime() - now.getTime() : days * DAY);
  };
  return { 1: label(1), 2: label(2), 3: label(3), 4: label(4) };
}

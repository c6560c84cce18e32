/**
 * The learner's study day, the one module for it: a day begins at `dayStartHour` local time in their
 * IANA time zone, like Anki's "next day starts at" (4 am by default), so a review at 02:30 counts for
 * yesterday. The review queue, the scheduler's elapsed days and due dates, and the stats all use it.
 * Pure Intl arithmetic on local wall-clock times, so it is DST-safe; no date library.
 */

import { isTimeZone } from "../validations/time-zone";

/** Calendar date of a study day, "YYYY-MM-DD". */
export type DayKey = string;

export interface DayClock {
  timeZone: string;
  dayStartHour: number;
}

export interface StudyDay {
  start: Date;
  end: Date;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const formatters = new Map<string, Intl.DateTimeFormat>();

const starts = new Map<string, Date>();
/** A bounded memo table: a day start costs four wall-clock reads (~10 µs each). */
const remember = <T>(table: Map<string, T>, key: string, value: T): T => {
  if (table.size > 10_000) table.clear();
  table.set(key, value);
  return value;
};

/** A zone sent by a browser (sign-up), in its canonical spelling; anything unknown or odd is UTC. */
export function timeZoneOrUtc(value: unknown): string {
  if (typeof value !== "string" || value.length > 64 || !isTimeZone(value)) return "UTC";
  return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
}

/** An unknown or misspelt zone falls back to UTC rather than breaking the page. */
export const safeTimeZone = (timeZone: string): string => (isTimeZone(timeZone) ? timeZone : "UTC");

/** A learner's clock from their stored settings; anything out of range falls back to UTC / 4 am. */
export function clockOf(settings: { timeZone: string; dayStartHour: number }): DayClock {
  const hour = settings.dayStartHour;
  const valid = Number.isInteger(hour) && hour >= 0 && hour <= 23;
  return { timeZone: safeTimeZone(settings.timeZone), dayStartHour: valid ? hour : 4 };
}

/**
 * The zone's offset (wall clock minus UTC, ms) per UTC minute: every offset change since 1970 falls on
 * a whole minute, so one read serves the whole minute (a rating reads "now" a dozen times).
 */
const offsets = new Map<string, number>();

/** The local wall-clock time of `ms` in `timeZone`, expressed as if it were UTC milliseconds. */
function wallClock(ms: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(ms / 60_000)}`;
  const offset = offsets.get(key);
  if (offset !== undefined) return ms + offset;
  const wall = readWallClock(ms, timeZone);
  remember(offsets, key, wall - ms);
  return wall;
}

function readWallClock(ms: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  const part = Object.fromEntries(
    format.formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]),
  );
  return (
    Date.UTC(
      part.year ?? 1970,
      (part.month ?? 1) - 1,
      part.day ?? 1,
      part.hour ?? 0,
      part.minute ?? 0,
      part.second ?? 0,
    ) +
    (((ms % 1000) + 1000) % 1000)
  );
}

const keyOf = (utcMs: number): DayKey => new Date(utcMs).toISOString().slice(0, 10);
const msOf = (day: DayKey): number => Date.parse(`${day}T00:00:00Z`);

/** Which study day an instant belongs to. */
export function studyDayOf(instant: Date, clock: DayClock): DayKey {
  return keyOf(wallClock(instant.getTime(), clock.timeZone) - clock.dayStartHour * HOUR);
}

/** The study day as a whole number (days since 1970-01-01): Anki's day-numbered due and elapsed days. */
export function studyDayNumber(instant: Date, clock: DayClock): number {
  return Math.floor(
    (wallClock(instant.getTime(), clock.timeZone) - clock.dayStartHour * HOUR) / DAY,
  );
}

export function addDays(day: DayKey, n: number): DayKey {
  return keyOf(msOf(day) + n * DAY);
}

/**
 * The instant a study day begins: the first instant whose local time is at least its `dayStartHour`.
 * Tried with the zone's offsets a day either side: a wall time that happens twice (clocks going
 * back) takes the first, one skipped (clocks going forward) the moment the clocks jump past it.
 */
export function studyDayStart(day: DayKey | number, clock: DayClock): Date {
  const target = (typeof day === "number" ? day * DAY : msOf(day)) + clock.dayStartHour * HOUR;
  const key = `${clock.timeZone}|${target}`;
  const memo = starts.get(key);
  if (memo) return new Date(memo);
  const offset = (t: number) => wallClock(t, clock.timeZone) - t;
  const candidates = [target - offset(target - DAY), target - offset(target + DAY)];
  const reached = candidates.filter((t) => wallClock(t, clock.timeZone) >= target);
  return new Date(
    remember(starts, key, new Date(Math.min(...(reached.length ? reached : candidates)))),
  );
}

/** The study day containing `now`: [start, end) as instants. */
export function studyDay(now: Date, timeZone: string, dayStartHour: number): StudyDay {
  const clock = { timeZone, dayStartHour };
  const day = studyDayNumber(now, clock);
  return { start: studyDayStart(day, clock), end: studyDayStart(day + 1, clock) };
}

/** `count` consecutive days starting at `first`. */
export function dayRange(first: DayKey, count: number): DayKey[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

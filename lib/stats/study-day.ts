/**
 * The learner's study day: it begins at `dayStartHour` local time in their time zone, like
 * Anki's "next day starts at" (4 am by default), so a review at 02:30 counts for yesterday.
 * Pure Intl arithmetic; DST-safe because it works on local wall-clock times.
 */

/** Calendar date of a study day, "YYYY-MM-DD". */
export type DayKey = string;

export interface DayClock {
  timeZone: string;
  dayStartHour: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** An unknown or misspelt zone falls back to UTC rather than breaking the page. */
export function safeTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

/** The local wall-clock time of `ms` in `timeZone`, expressed as if it were UTC milliseconds. */
function wallClock(ms: number, timeZone: string): number {
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
    (ms % 1000)
  );
}

const keyOf = (utcMs: number): DayKey => new Date(utcMs).toISOString().slice(0, 10);
const msOf = (day: DayKey): number => Date.parse(`${day}T00:00:00Z`);

/** Which study day an instant belongs to. */
export function studyDayOf(instant: Date, clock: DayClock): DayKey {
  return keyOf(wallClock(instant.getTime(), clock.timeZone) - clock.dayStartHour * HOUR);
}

export function addDays(day: DayKey, n: number): DayKey {
  return keyOf(msOf(day) + n * DAY);
}

/** The instant a study day begins (its local `dayStartHour`), found by correcting for the zone offset twice. */
export function studyDayStart(day: DayKey, clock: DayClock): Date {
  const target = msOf(day) + clock.dayStartHour * HOUR;
  const first = target - (wallClock(target, clock.timeZone) - target);
  return new Date(target - (wallClock(first, clock.timeZone) - first));
}

/** `count` consecutive days starting at `first`. */
export function dayRange(first: DayKey, count: number): DayKey[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

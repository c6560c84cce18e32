/**
 * The learner's study day: it starts at their dayStartHour (default 4 am, like Anki) in their
 * time zone, so a late-night session still counts as "today". Plain Intl, no date library.
 */
const HOUR = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: Date, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((x) => x.type === type)?.value ?? 0);
  return Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
}

/** The instant at which the wall clock in `timeZone` shows `wall` (ms as if UTC); DST gaps resolve forward. */
function instantOf(wall: number, timeZone: string): number {
  let guess = wall - (wallClock(new Date(wall), timeZone) - wall);
  guess = wall - (wallClock(new Date(guess), timeZone) - guess);
  return guess;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export interface StudyDay {
  start: Date;
  end: Date;
}

/** The study day containing `now`: [start, end) as instants. */
export function studyDay(now: Date, timeZone: string, dayStartHour: number): StudyDay {
  const shifted = new Date(wallClock(now, timeZone) - dayStartHour * HOUR);
  const y = shifted.getUTCFullYear(),
    m = shifted.getUTCMonth(),
    d = shifted.getUTCDate();
  return {
    start: new Date(instantOf(Date.UTC(y, m, d, dayStartHour), timeZone)),
    end: new Date(instantOf(Date.UTC(y, m, d + 1, dayStartHour), timeZone)),
  };
}

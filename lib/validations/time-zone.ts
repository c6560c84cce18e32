/** Whether a string names an IANA time zone this runtime knows; remembered, since a check builds a formatter. */
const known = new Map<string, boolean>();

export function isTimeZone(timeZone: string): boolean {
  const seen = known.get(timeZone);
  if (seen !== undefined) return seen;
  let valid = true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    valid = false;
  }
  if (known.size > 10_000) known.clear();
  known.set(timeZone, valid);
  return valid;
}

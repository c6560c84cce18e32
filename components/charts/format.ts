/** Day labels for charts. Day keys are calendar dates ("2025-06-15"), so they format in UTC. */
const short = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric" });
const long = new Intl.DateTimeFormat("en-US", {
  timeZone: "UTC",
  weekday: "short",
  month: "short",
  day: "numeric",
  year: "numeric",
});
const month = new Intl.DateTimeFormat("en-US", {
  timeZone: "UTC",
  month: "short",
  year: "numeric",
});

const at = (day: string) => new Date(`${day}T00:00:00Z`);
export const shortDay = (day: string) => short.format(at(day));
export const longDay = (day: string) => long.format(at(day));
export const monthOf = (day: string) => month.format(at(day));
export { pluralize as plural } from "@/lib/format/plural";

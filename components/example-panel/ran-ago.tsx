"use client";
/** "ran 3 minutes ago", with the exact time in a tooltip; refreshed every half minute. */
import { useSyncExternalStore } from "react";

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

export function ranAgo(ranAt: Date, now: Date): string {
  const ms = now.getTime() - ranAt.getTime();
  if (ms < 60_000) return "ran just now";
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, size] of units)
    if (ms >= size) return `ran ${format.format(-Math.floor(ms / size), unit)}`;
  return "ran just now";
}

const TICK_MS = 30_000;
const everyTick = (onTick: () => void) => {
  const timer = setInterval(onTick, TICK_MS);
  return () => clearInterval(timer);
};
/** The current half-minute: a stable snapshot between ticks, so React re-renders only on a tick. */
const currentTick = () => Math.floor(Date.now() / TICK_MS);

export function RanAgo({ ranAt }: { ranAt: string }) {
  const tick = useSyncExternalStore(everyTick, currentTick, currentTick);
  const now = new Date(tick * TICK_MS);
  const at = new Date(ranAt);
  const exact = at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium" });
  // Server and browser clocks differ by the time it takes to load the page; the text settles after hydration.
  return (
    <time
      dateTime={ranAt}
      title={exact}
      suppressHydrationWarning
      className="underline decoration-dotted underline-offset-2"
    >
      {ranAgo(at, now)}
    </time>
  );
}

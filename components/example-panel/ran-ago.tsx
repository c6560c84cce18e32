"use client";
/** "ran 3 minutes ago", with the exact time in a tooltip; refreshed every half minute. */
import { useEffect, useState } from "react";

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

export function RanAgo({ ranAt }: { ranAt: string }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, [ranAt]);
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

"use client";
import { useEffect, useRef } from "react";
import type { PodcastLine } from "@/lib/podcast/types";

const NAMES = { host: "Host", cohost: "Co-host" } as const;

/** The whole script, the current line highlighted and marked aria-current; any line can be picked. */
export function Transcript({
  lines,
  current,
  onPick,
}: {
  lines: PodcastLine[];
  current: number;
  onPick: (i: number) => void;
}) {
  const active = useRef<HTMLLIElement>(null);
  useEffect(() => {
    active.current?.scrollIntoView({ block: "nearest" });
  }, [current]);
  return (
    <ol aria-label="Transcript" className="space-y-2">
      {lines.map((line, i) => (
        <li
          key={i}
          ref={i === current ? active : undefined}
          aria-current={i === current ? "true" : undefined}
          data-current={i === current}
          className={`rounded-lg border-l-4 p-3 ${i === current ? "border-brand-700 bg-brand-50" : "border-transparent bg-white"}`}
        >
          <button type="button" onClick={() => onPick(i)} className="w-full text-left">
            <span
              className={`mr-2 text-sm font-semibold ${line.speaker === "host" ? "text-brand-800" : "text-emerald-800"}`}
            >
              {NAMES[line.speaker]}:
            </span>
            <span className="text-slate-900">{line.text}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

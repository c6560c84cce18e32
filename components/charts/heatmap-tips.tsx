"use client";
/** One tooltip for the whole heatmap: the day and count of the square under the pointer. */
import { useState, type ReactNode } from "react";
import { longDay, plural } from "./format";
import { CELL, LEFT, STEP, TOP, cellAt } from "./heatmap-grid";

const dayAfter = (first: string, days: number) =>
  new Date(Date.parse(`${first}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function HeatmapTips({
  firstDay,
  offset,
  counts,
  unit,
  children,
}: {
  firstDay: string;
  offset: number;
  counts: number[];
  unit: string;
  children: ReactNode;
}) {
  const [tip, setTip] = useState<number | null>(null);
  const col = tip === null ? 0 : Math.floor((tip + offset) / 7);
  const row = tip === null ? 0 : (tip + offset) % 7;
  return (
    <div
      className="relative"
      data-testid="heatmap"
      onPointerMove={(e) => {
        const box = e.currentTarget.getBoundingClientRect();
        setTip(cellAt(e.clientX - box.left, e.clientY - box.top, offset, counts.length));
      }}
      onPointerLeave={() => setTip(null)}
    >
      {children}
      {tip !== null && (
        <p
          aria-hidden="true"
          data-testid="heatmap-tip"
          className="pointer-events-none absolute z-10 rounded bg-slate-900 px-2 py-1 text-xs whitespace-nowrap text-white shadow dark:bg-slate-100 dark:text-slate-900"
          style={{
            left: LEFT + col * STEP + CELL / 2,
            top: row < 3 ? TOP + (row + 1) * STEP + 2 : TOP + row * STEP - 26,
            transform: "translateX(-50%)",
          }}
        >
          {`${longDay(dayAfter(firstDay, tip))}: ${plural(counts[tip] ?? 0, unit)}`}
        </p>
      )}
    </div>
  );
}

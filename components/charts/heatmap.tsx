import { longDay, monthOf, plural } from "./format";
import type { DayValue } from "./bar-chart";

const CELL = 12;
const STEP = 15;
const LEFT = 30;
const TOP = 16;
const FILLS = [
  "fill-slate-100",
  "fill-[#bccbfa]",
  "fill-[#7d98ee]",
  "fill-brand-600",
  "fill-brand-800",
];
const STROKES = [
  "stroke-slate-300",
  "stroke-[#7d98ee]",
  "stroke-brand-600",
  "stroke-brand-700",
  "stroke-brand-800",
];
const WEEKDAYS: Array<[number, string]> = [
  [1, "Mon"],
  [3, "Wed"],
  [5, "Fri"],
];

/** Activity levels 1–4 split the busiest day's count into quarters; 0 is "none". */
export function heatLevels(max: number): Array<{ level: number; from: number; to: number }> {
  if (max <= 0) return [{ level: 0, from: 0, to: 0 }];
  const cut = (q: number) => Math.max(1, Math.ceil((max * q) / 4));
  const bands = [1, 2, 3, 4].map((q) => ({
    level: q,
    from: q === 1 ? 1 : cut(q - 1) + 1,
    to: cut(q),
  }));
  return [{ level: 0, from: 0, to: 0 }, ...bands.filter((b) => b.from <= b.to)];
}

const levelOf = (count: number, levels: HeatLevels) =>
  levels.find((l) => count >= l.from && count <= l.to)?.level ?? 0;
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

export type HeatLevels = ReturnType<typeof heatLevels>;

/** GitHub-style year grid: one column per week (Sunday on top), one cell per study day. Pair it with HeatLegend. */
export function Heatmap({
  data,
  levels,
  unit,
  label,
}: {
  data: DayValue[];
  levels: HeatLevels;
  unit: string;
  label: string;
}) {
  const offset = data[0] ? weekday(data[0].day) : 0;
  const weeks = Math.ceil((data.length + offset) / 7);
  const width = LEFT + weeks * STEP;
  const cells = data.map((d, i) => ({
    ...d,
    col: Math.floor((i + offset) / 7),
    row: (i + offset) % 7,
  }));
  const monthStarts = cells.filter((c) => c.day.endsWith("-01"));
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${TOP + 7 * STEP}`}
      width={width}
      height={TOP + 7 * STEP}
      className="max-w-none"
    >
      {monthStarts.map((c) => (
        <text key={c.day} x={LEFT + c.col * STEP} y={10} className="fill-slate-700 text-[10px]">
          {monthOf(c.day).split(" ")[0]}
        </text>
      ))}
      {WEEKDAYS.map(([row, name]) => (
        <text
          key={name}
          x={0}
          y={TOP + row * STEP + CELL - 1}
          className="fill-slate-700 text-[10px]"
        >
          {name}
        </text>
      ))}
      {cells.map((c) => {
        const level = levelOf(c.count, levels);
        return (
          <rect
            key={c.day}
            x={LEFT + c.col * STEP}
            y={TOP + c.row * STEP}
            width={CELL}
            height={CELL}
            rx={2}
            className={`${FILLS[level]} ${STROKES[level]}`}
            data-level={level}
          >
            <title>{`${longDay(c.day)}: ${plural(c.count, unit)}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}

/** What each shade means, in words, so colour is never the only cue. */
export function HeatLegend({ levels, unit }: { levels: HeatLevels; unit: string }) {
  return (
    <ul
      aria-label="Legend"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700"
    >
      {levels.map((l) => (
        <li key={l.level} className="flex items-center gap-1">
          <svg aria-hidden="true" width={CELL} height={CELL}>
            <rect
              width={CELL}
              height={CELL}
              rx={2}
              className={`${FILLS[l.level]} ${STROKES[l.level]}`}
            />
          </svg>
          {l.level === 0
            ? `no ${unit}s`
            : l.from === l.to
              ? plural(l.from, unit)
              : `${l.from}–${l.to} ${unit}s`}
        </li>
      ))}
    </ul>
  );
}

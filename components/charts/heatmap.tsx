import { monthOf, plural } from "./format";
import type { DayValue } from "./bar-chart";
import { HeatmapTips } from "./heatmap-tips";
import { CELL, LEFT, STEP, TOP } from "./heatmap-grid";

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

/**
 * The squares of each level as one path: a year is five elements, not 365 rects with 365 titles
 * (730 nodes for the browser to build and React to hydrate). Exported for its test.
 */
export function levelPaths(
  data: DayValue[],
  levels: HeatLevels,
): Array<{ level: number; d: string }> {
  const offset = data[0] ? weekday(data[0].day) : 0;
  const paths = new Map<number, string[]>();
  data.forEach((day, i) => {
    const col = Math.floor((i + offset) / 7);
    const row = (i + offset) % 7;
    const level = levelOf(day.count, levels);
    const list = paths.get(level) ?? [];
    list.push(
      `M${LEFT + col * STEP + 0.5} ${TOP + row * STEP + 0.5}h${CELL - 1}v${CELL - 1}h${1 - CELL}z`,
    );
    paths.set(level, list);
  });
  return [...paths].sort(([a], [b]) => a - b).map(([level, d]) => ({ level, d: d.join("") }));
}

/**
 * GitHub-style year grid: one column per week (Sunday on top), one square per study day. Pair it
 * with HeatLegend. Pointing at a square names its day and count (one tooltip for the whole grid);
 * the month table beside it carries the same numbers for keyboards and screen readers.
 */
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
  const height = TOP + 7 * STEP;
  const monthStarts = data.flatMap((d, i) =>
    d.day.endsWith("-01") ? [{ day: d.day, col: Math.floor((i + offset) / 7) }] : [],
  );
  return (
    <HeatmapTips
      firstDay={data[0]?.day ?? ""}
      offset={offset}
      counts={data.map((d) => d.count)}
      unit={unit}
    >
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
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
        {levelPaths(data, levels).map(({ level, d }) => (
          <path
            key={level}
            d={d}
            strokeLinejoin="round"
            className={`${FILLS[level]} ${STROKES[level]}`}
            data-level={level}
          />
        ))}
      </svg>
    </HeatmapTips>
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
              x={0.5}
              y={0.5}
              width={CELL - 1}
              height={CELL - 1}
              strokeLinejoin="round"
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

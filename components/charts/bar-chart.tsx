import { Fragment } from "react";
import { longDay, shortDay } from "./format";

export interface DayValue {
  day: string;
  count: number;
}

const BAR = 16;
const GAP = 6;
const LEFT = 36;
const TOP = 12;
const PLOT = 150;
const BOTTOM = 26;

/** Bar charts need about 34rem to stay legible; wrap them in a ScrollRegion with this minimum width. */
export const BAR_CHART_MIN_WIDTH = "w-full min-w-[34rem]";

/** One bar per day, a labelled y-axis (0 and the maximum) and a date under every fifth bar. */
export function DayBarChart({
  data,
  unit,
  label,
}: {
  data: DayValue[];
  unit: string;
  label: string;
}) {
  const max = Math.max(1, ...data.map((d) => d.count));
  const width = LEFT + data.length * (BAR + GAP);
  const height = TOP + PLOT + BOTTOM;
  const y = (v: number) => TOP + PLOT - (v / max) * PLOT;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full"
      style={{ maxWidth: `${width * 1.4}px` }}
    >
      <line x1={LEFT - 4} x2={width} y1={y(0)} y2={y(0)} className="stroke-slate-500" />
      <line
        x1={LEFT - 4}
        x2={width}
        y1={y(max)}
        y2={y(max)}
        className="stroke-slate-300"
        strokeDasharray="3 3"
      />
      <text
        x={LEFT - 8}
        y={y(0)}
        dy="0.32em"
        textAnchor="end"
        className="fill-slate-700 text-[11px]"
      >
        0
      </text>
      <text
        x={LEFT - 8}
        y={y(max)}
        dy="0.32em"
        textAnchor="end"
        className="fill-slate-700 text-[11px]"
      >
        {max}
      </text>
      {data.map((d, i) => {
        const x = LEFT + i * (BAR + GAP);
        return (
          <Fragment key={d.day}>
            {d.count > 0 && (
              <rect
                x={x}
                y={y(d.count)}
                width={BAR}
                height={y(0) - y(d.count)}
                rx={2}
                className="fill-brand-600"
              >
                <title>{`${longDay(d.day)}: ${d.count} ${unit}`}</title>
              </rect>
            )}
            {i % 5 === 0 && (
              <text
                x={x + BAR / 2}
                y={height - 8}
                textAnchor="middle"
                className="fill-slate-700 text-[11px]"
              >
                {shortDay(d.day)}
              </text>
            )}
          </Fragment>
        );
      })}
    </svg>
  );
}

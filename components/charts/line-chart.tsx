export interface ScorePoint {
  key: string;
  percent: number;
  title: string;
}

const LEFT = 40;
const TOP = 12;
const PLOT = 140;
const BOTTOM = 12;
const STEP = 36;

/** Scores in percent, oldest to newest, joined by a line; 0, 50 and 100 % marked on the axis. */
export function ScoreLineChart({ points, label }: { points: ScorePoint[]; label: string }) {
  const width = LEFT + Math.max(points.length, 8) * STEP;
  const height = TOP + PLOT + BOTTOM;
  const x = (i: number) => LEFT + STEP / 2 + i * STEP;
  const y = (p: number) => TOP + PLOT - (p / 100) * PLOT;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full"
      style={{ maxWidth: `${width * 1.4}px` }}
    >
      {[0, 50, 100].map((p) => (
        <g key={p}>
          <line
            x1={LEFT - 4}
            x2={width}
            y1={y(p)}
            y2={y(p)}
            className={p === 0 ? "stroke-slate-500" : "stroke-slate-300"}
            strokeDasharray={p === 0 ? undefined : "3 3"}
          />
          <text
            x={LEFT - 8}
            y={y(p)}
            dy="0.32em"
            textAnchor="end"
            className="fill-slate-700 text-[11px]"
          >
            {p}%
          </text>
        </g>
      ))}
      <polyline
        points={points.map((p, i) => `${x(i)},${y(p.percent)}`).join(" ")}
        fill="none"
        className="stroke-brand-600"
        strokeWidth={2}
      />
      {points.map((p, i) => (
        <circle
          key={p.key}
          cx={x(i)}
          cy={y(p.percent)}
          r={4.5}
          className="fill-white stroke-brand-800"
          strokeWidth={2}
        >
          <title>{p.title}</title>
        </circle>
      ))}
    </svg>
  );
}

import type { DayValue } from "@/components/charts/bar-chart";
import { ChartFigure, ScrollRegion } from "@/components/charts/chart-figure";
import { DataTable } from "@/components/charts/data-table";
import { monthOf, plural } from "@/components/charts/format";
import { HeatLegend, Heatmap, heatLevels } from "@/components/charts/heatmap";

/** Month by month: how many days had reviews and how many reviews there were. */
function byMonth(data: DayValue[]) {
  const months = new Map<string, { days: number; reviews: number }>();
  for (const d of data) {
    const month = monthOf(d.day);
    const row = months.get(month) ?? { days: 0, reviews: 0 };
    if (d.count > 0) row.days += 1;
    row.reviews += d.count;
    months.set(month, row);
  }
  return [...months].map(([month, row]) => [month, row.days, row.reviews]);
}

export function ReviewHeatmap({
  data,
  timeZone,
  dayStartHour,
}: {
  data: DayValue[];
  timeZone: string;
  dayStartHour: number;
}) {
  const reviews = data.reduce((sum, d) => sum + d.count, 0);
  const studied = data.filter((d) => d.count > 0).length;
  const levels = heatLevels(Math.max(0, ...data.map((d) => d.count)));
  const summary = `${plural(reviews, "review")} on ${plural(studied, "day")} in the last 365 days`;
  return (
    <ChartFigure
      id="heatmap"
      title="Reviews in the last year"
      description={`${summary} in review sessions (quiz and Learn answers count toward the streak, not here). Days start at ${dayStartHour}:00 (${timeZone}); darker squares mean more reviews.`}
      tableLabel="Show reviews by month as a table"
      table={
        <DataTable
          caption="Reviews by month, last 365 days"
          columns={["Month", "Days with reviews", "Reviews"]}
          rows={byMonth(data)}
        />
      }
    >
      <ScrollRegion label="Review heatmap, scrolls sideways" startAtEnd>
        <Heatmap data={data} levels={levels} unit="review" label={`Review heatmap: ${summary}.`} />
      </ScrollRegion>
      <HeatLegend levels={levels} unit="review" />
    </ChartFigure>
  );
}

import { BAR_CHART_MIN_WIDTH, DayBarChart, type DayValue } from "@/components/charts/bar-chart";
import { ChartFigure, ScrollRegion } from "@/components/charts/chart-figure";
import { DataTable } from "@/components/charts/data-table";
import { longDay, plural, shortDay } from "@/components/charts/format";

const total = (data: DayValue[]) => data.reduce((sum, d) => sum + d.count, 0);

function busiest(data: DayValue[]): string {
  const top = data.reduce<DayValue | null>(
    (best, d) => (d.count > (best?.count ?? 0) ? d : best),
    null,
  );
  return top ? `busiest day ${shortDay(top.day)} with ${top.count}` : "none on any day";
}

const dayTable = (caption: string, unit: string, data: DayValue[]) => (
  <DataTable
    caption={caption}
    columns={["Day", unit]}
    rows={data.map((d) => [longDay(d.day), d.count])}
  />
);

/** The next 30 days of reviews coming due; today's bar includes everything overdue. */
export function ForecastChart({ data }: { data: DayValue[] }) {
  const label = `Reviews due over the next 30 days: ${total(data)} in all, ${data[0]?.count ?? 0} today including overdue; ${busiest(data)}.`;
  return (
    <ChartFigure
      id="forecast"
      title="Due forecast, next 30 days"
      description="Cards coming due each day. Today's bar includes overdue cards."
      table={dayTable("Reviews due per day, next 30 days", "Reviews due", data)}
    >
      <ScrollRegion label="Due forecast chart" minWidth={BAR_CHART_MIN_WIDTH}>
        <DayBarChart data={data} unit="due" label={label} />
      </ScrollRegion>
    </ChartFigure>
  );
}

export function ReviewsPerDayChart({ data }: { data: DayValue[] }) {
  const studied = data.filter((d) => d.count > 0).length;
  const label = `Reviews per day, last 30 days: ${plural(total(data), "review")} on ${plural(studied, "day")}; ${busiest(data)}.`;
  return (
    <ChartFigure
      id="reviews-per-day"
      title="Reviews per day, last 30 days"
      description={`${plural(total(data), "review")} on ${plural(studied, "day")} in review sessions; quiz and Learn answers count toward the streak.`}
      table={dayTable("Reviews per day, last 30 days", "Reviews", data)}
    >
      <ScrollRegion label="Reviews per day chart" minWidth={BAR_CHART_MIN_WIDTH} startAtEnd>
        <DayBarChart data={data} unit="reviews" label={label} />
      </ScrollRegion>
    </ChartFigure>
  );
}

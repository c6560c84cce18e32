import { DataTable } from "@/components/charts/data-table";
import { longDay, plural } from "@/components/charts/format";
import { ScoreLineChart } from "@/components/charts/line-chart";
import { ScrollRegion } from "@/components/charts/chart-figure";
import { quizLabel, type QuizResult } from "@/lib/stats/quiz-history";

/**
 * Every finished quiz attempt's score over time: a line for the trend, and the full table beside
 * it. Retries of the missed questions are in the table, marked, but not on the line: 1 of 1 on a
 * retry is not a full quiz's 100%.
 */
export function QuizScores({ quizzes }: { quizzes: QuizResult[] }) {
  if (quizzes.length === 0)
    return <p className="text-slate-700">No finished quizzes in this course yet.</p>;
  const full = quizzes.filter((q) => !q.retry);
  const points = full.map((q) => ({
    key: q.id,
    percent: q.percent,
    title: `${longDay(q.day)}, ${quizLabel(q)}: ${q.percent}%`,
  }));
  const last = full.at(-1);
  const label = last
    ? `Quiz scores over time: ${plural(full.length, "attempt")}, latest ${last.percent}%, best ${Math.max(...full.map((q) => q.percent))}%.`
    : "Quiz scores over time: only retries of missed questions so far.";
  return (
    <figure
      aria-labelledby="quiz-scores-title"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <figcaption id="quiz-scores-title" className="text-lg font-semibold">
        Quiz scores over time
      </figcaption>
      {points.length > 0 ? (
        <ScrollRegion label="Quiz score chart" minWidth="w-full min-w-[18rem]">
          <ScoreLineChart points={points} label={label} />
        </ScrollRegion>
      ) : (
        <p className="text-slate-700">{label}</p>
      )}
      <div
        className="max-h-96 overflow-auto"
        role="region"
        aria-label="Quiz scores table"
        tabIndex={0}
      >
        <DataTable
          caption="Finished quiz attempts, oldest first"
          columns={["Date", "Quiz", "Score", "Percent"]}
          rows={quizzes.map((q) => [
            longDay(q.day),
            quizLabel(q),
            `${q.score} / ${q.total}`,
            `${q.percent}%`,
          ])}
        />
      </div>
    </figure>
  );
}

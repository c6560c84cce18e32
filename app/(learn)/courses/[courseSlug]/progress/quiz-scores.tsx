import { DataTable } from "@/components/charts/data-table";
import { longDay, plural } from "@/components/charts/format";
import { ScoreLineChart } from "@/components/charts/line-chart";
import { ScrollRegion } from "@/components/charts/chart-figure";
import type { QuizResult } from "@/lib/stats/quiz-history";

const quizName = (q: QuizResult) =>
  `${q.lessonTitle ?? "Whole course"}${q.practice ? " (practice)" : ""}`;

/** Every finished quiz attempt's score over time: a line for the trend, and the full table beside it. */
export function QuizScores({ quizzes }: { quizzes: QuizResult[] }) {
  if (quizzes.length === 0)
    return <p className="text-slate-700">No finished quizzes in this course yet.</p>;
  const last = quizzes.at(-1)!;
  const points = quizzes.map((q) => ({
    key: q.id,
    percent: q.percent,
    title: `${longDay(q.day)}, ${quizName(q)}: ${q.percent}%`,
  }));
  const label = `Quiz scores over time: ${plural(quizzes.length, "attempt")}, latest ${last.percent}%, best ${Math.max(...quizzes.map((q) => q.percent))}%.`;
  return (
    <figure
      aria-labelledby="quiz-scores-title"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <figcaption id="quiz-scores-title" className="text-lg font-semibold">
        Quiz scores over time
      </figcaption>
      <ScrollRegion label="Quiz score chart" minWidth="w-full min-w-[18rem]">
        <ScoreLineChart points={points} label={label} />
      </ScrollRegion>
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
            quizName(q),
            `${q.score} / ${q.total}`,
            `${q.percent}%`,
          ])}
        />
      </div>
    </figure>
  );
}

import type { CourseProgress } from "@/lib/stats/course-progress";
import { MIN_RETENTION_REVIEWS } from "@/lib/stats/retention";
import { plural } from "@/components/charts/format";

/** Why a day of quiz or Learn answers alone shows in the streak and not in the review charts. */
export const STREAK_COUNTS = "Reviews, quiz answers and Learn answers all count.";

/** The four headline numbers, each with the words that say what it counts. */
export function ProgressSummary({ progress }: { progress: CourseProgress }) {
  const { dueToday, dueTomorrow, streak, retention } = progress;
  const items: Array<{ id: string; term: string; value: string; note: string }> = [
    {
      id: "due-today",
      term: "Due today",
      value: String(dueToday),
      note: dueToday === 0 ? "Nothing waiting" : "Including any overdue",
    },
    {
      id: "due-tomorrow",
      term: "Due tomorrow",
      value: String(dueTomorrow),
      note: "Coming due during tomorrow's study day",
    },
    {
      id: "streak",
      term: "Streak",
      value: `${streak.atLeast ? "At least " : ""}${plural(streak.days, "day")}`,
      note: streak.studiedToday
        ? `You studied today. ${STREAK_COUNTS}`
        : streak.days > 0
          ? `Study today to keep it going. ${STREAK_COUNTS}`
          : "Review, take a quiz or play Learn to start one",
    },
    {
      id: "retention",
      term: "True retention, last 30 days",
      value:
        retention.rate === null ? "Not enough reviews yet" : `${Math.round(retention.rate * 100)}%`,
      note:
        retention.rate === null
          ? `${plural(retention.total, "review")} of mature cards so far; it shows from ${MIN_RETENTION_REVIEWS}`
          : `${retention.passed} of ${plural(retention.total, "review")} of cards in Review state were not "Again"`,
    },
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {items.map((item) => (
        <div
          key={item.id}
          className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
          data-testid={item.id}
        >
          <dt className="text-sm font-medium text-slate-700">{item.term}</dt>
          <dd className="mt-1 text-2xl font-bold text-slate-900">{item.value}</dd>
          <dd className="mt-1 text-sm text-slate-600">{item.note}</dd>
        </div>
      ))}
    </dl>
  );
}

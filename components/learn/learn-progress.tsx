import { ProgressBar } from "@/components/progress-bar";
import { pluralize } from "@/lib/format/plural";
import type { LearnProgress } from "@/lib/study/learn-round";

/** Mastered / learning / not seen, as numbers and one bar of mastered cards. */
export function LearnProgressBars({ progress }: { progress: LearnProgress }) {
  const { total, mastered, learning, notSeen } = progress;
  return (
    <div className="space-y-2">
      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm" data-testid="learn-progress">
        <div className="flex gap-1">
          <dt className="text-slate-700 dark:text-slate-300">Mastered</dt>
          <dd className="font-semibold text-green-800 dark:text-green-300">{mastered}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-slate-700 dark:text-slate-300">Learning</dt>
          <dd className="font-semibold text-amber-800 dark:text-amber-300">{learning}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-slate-700 dark:text-slate-300">Not seen</dt>
          <dd className="font-semibold text-slate-800 dark:text-slate-200">{notSeen}</dd>
        </div>
      </dl>
      <ProgressBar
        max={total}
        value={mastered}
        label="Cards mastered"
        valueText={`${mastered} of ${pluralize(total, "card")} mastered`}
      />
    </div>
  );
}

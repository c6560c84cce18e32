import type { Intervals } from "@/lib/srs/intervals";

const grades = [
  { rating: 1, label: "Again", tone: "border-red-700 text-red-800" },
  { rating: 2, label: "Hard", tone: "border-amber-700 text-amber-900" },
  { rating: 3, label: "Good", tone: "border-green-700 text-green-800" },
  { rating: 4, label: "Easy", tone: "border-brand-700 text-brand-800" },
] as const;

/** The four grades, each with the interval it would give this card (lib/srs/schedule.ts previews all four). */
export function RatingButtons({
  intervals,
  onRate,
  suggested,
}: {
  intervals: Intervals;
  onRate: (rating: number) => void;
  /** A grade to point out (Again after a wrong typed answer); the learner still chooses. */
  suggested?: number;
}) {
  return (
    <div
      role="group"
      aria-label="How well did you remember?"
      className="grid grid-cols-2 gap-2 sm:grid-cols-4"
    >
      {grades.map((g) => (
        <button
          key={g.rating}
          type="button"
          onClick={() => onRate(g.rating)}
          aria-label={`${g.label}, next in ${intervals[g.rating]} (key ${g.rating})${suggested === g.rating ? ", suggested" : ""}`}
          data-suggested={suggested === g.rating || undefined}
          className={`rounded-lg border-2 bg-white px-3 py-2 text-center hover:bg-slate-50 ${g.tone} ${suggested === g.rating ? "ring-4 ring-red-300" : ""}`}
        >
          <span className="block text-sm text-slate-700">{intervals[g.rating]}</span>
          <span className="block text-lg font-semibold">{g.label}</span>
          <span className="block text-xs text-slate-600">key {g.rating}</span>
        </button>
      ))}
    </div>
  );
}

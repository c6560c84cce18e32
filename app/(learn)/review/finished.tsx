import type { ReviewState } from "@/lib/srs/review";
import { pluralize } from "@/lib/format/plural";

/** Shown when nothing is left to study now. */
export function Finished({ review, reviewed }: { review: ReviewState; reviewed: number }) {
  const at = review.nextLearningAt
    ? new Date(review.nextLearningAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
    : null;
  return (
    <section
      aria-labelledby="done-heading"
      className="space-y-2 rounded-xl border border-slate-200 bg-white p-6"
    >
      <h2 id="done-heading" className="text-xl font-semibold">
        {reviewed > 0 ? "Done for now" : "Nothing due right now"}
      </h2>
      <p className="text-slate-700">You rated {pluralize(reviewed, "card")} in this session.</p>
      {at && <p className="text-slate-700">Cards you are learning come back at {at}.</p>}
      {review.dueTomorrow !== null && (
        <p className="text-slate-700" data-testid="due-tomorrow">
          Due by the end of tomorrow: {review.dueTomorrow}.
        </p>
      )}
      <p>
        <a href="/settings" className="text-brand-700 underline">
          Change daily limits and time zone
        </a>
      </p>
    </section>
  );
}

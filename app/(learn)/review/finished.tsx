import type { ReviewState } from "@/lib/srs/review";
import { pluralize } from "@/lib/format/plural";
import type { Suggestions } from "@/lib/srs/custom-rules";

/** Where to go from here: custom study (failed today, review ahead) and the next lesson with cards not met yet. */
function WhatNext({ s }: { s: Suggestions }) {
  return (
    <div className="space-y-1" data-testid="what-next">
      <h3 className="font-semibold">What next</h3>
      <ul className="list-disc space-y-1 pl-5 text-slate-700">
        {s.failedToday > 0 && (
          <li>
            <a href="/review/custom/session?mode=failed" className="text-brand-700 underline">
              Go over the {pluralize(s.failedToday, "card")} you failed today
            </a>{" "}
            (practice, schedule unchanged)
          </li>
        )}
        {s.dueAhead > 0 && (
          <li>
            <a
              href={`/review/custom/session?mode=ahead&days=${s.aheadDays}`}
              className="text-brand-700 underline"
            >
              Review ahead: {pluralize(s.dueAhead, "card")} due in the next {s.aheadDays} days
            </a>
          </li>
        )}
        {s.nextLesson && (
          <li>
            Next lesson:{" "}
            <a href={s.nextLesson.href} className="text-brand-700 underline">
              {s.nextLesson.title}
            </a>{" "}
            ({s.nextLesson.courseTitle})
          </li>
        )}
        <li>
          <a href="/review/custom" className="text-brand-700 underline">
            Custom study
          </a>
          : cram a lesson, review ahead, your failed cards
        </li>
      </ul>
    </div>
  );
}

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
      {review.suggestions && <WhatNext s={review.suggestions} />}
      <p>
        <a href="/settings" className="text-brand-700 underline">
          Change daily limits and time zone
        </a>
      </p>
    </section>
  );
}

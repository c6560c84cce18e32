import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { browseLessons } from "@/lib/srs/browse";
import { customSuggestions } from "@/lib/srs/custom-rules";
import { AHEAD_MAX_DAYS } from "@/lib/validations/custom-study";
import { pluralize } from "@/lib/format/plural";

export const metadata: Metadata = { title: "Custom study" };
export const dynamic = "force-dynamic";

const box = "space-y-3 rounded-xl border border-slate-200 bg-white p-5";
const submit =
  "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 w-full sm:w-auto";
const field = "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-slate-900";

/** Three ways to study outside the schedule; each starts a session at /review/custom/session. */
export default async function CustomStudyPage() {
  const user = await requirePageUser("/review/custom");
  const [courses, s] = await Promise.all([browseLessons(), customSuggestions(user.id)]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Custom study</h1>
      <p className="text-slate-700">
        Study outside your schedule.{" "}
        <a href="/review" className="text-brand-700 underline">
          Back to review
        </a>
      </p>

      <section aria-labelledby="ahead-heading" className={box}>
        <h2 id="ahead-heading" className="text-xl font-semibold">
          Review ahead
        </h2>
        <p className="text-slate-700">
          Review cards before they are due. These count as real reviews: FSRS knows the review came
          early and schedules the card from today. Due in the next {s.aheadDays} days:{" "}
          {pluralize(s.dueAhead, "card")}.
        </p>
        <form
          method="get"
          action="/review/custom/session"
          className="flex flex-wrap items-end gap-3"
        >
          <input type="hidden" name="mode" value="ahead" />
          <label className="grid gap-1 text-sm">
            Cards due in the next … days (1–{AHEAD_MAX_DAYS})
            <input
              type="number"
              name="days"
              min={1}
              max={AHEAD_MAX_DAYS}
              defaultValue={s.aheadDays}
              required
              className={`${field} w-28`}
            />
          </label>
          <button type="submit" className={submit}>
            Review ahead
          </button>
        </form>
      </section>

      <section aria-labelledby="failed-heading" className={box}>
        <h2 id="failed-heading" className="text-xl font-semibold">
          Cards you failed today
        </h2>
        <p className="text-slate-700">
          Go over the {pluralize(s.failedToday, "card")} you rated Again today once more. Practice
          only: their schedule stays as it is unless you tick the box.
        </p>
        <form method="get" action="/review/custom/session" className="space-y-3">
          <input type="hidden" name="mode" value="failed" />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="reschedule" value="on" className="h-4 w-4" />
            Reschedule cards based on my answers
          </label>
          <button type="submit" className={submit} disabled={s.failedToday === 0}>
            Study failed cards
          </button>
        </form>
      </section>

      <section aria-labelledby="cram-heading" className={box}>
        <h2 id="cram-heading" className="text-xl font-semibold">
          Cram a lesson
        </h2>
        <p className="text-slate-700">
          Every card of one lesson, whatever its schedule (suspended and buried cards left out).
          Practice only: your answers are kept apart and change nothing unless you tick the box.
        </p>
        <form method="get" action="/review/custom/session" className="space-y-3">
          <input type="hidden" name="mode" value="cram" />
          <label className="grid gap-1 text-sm">
            Lesson
            <select name="lesson" required className={`${field} w-full`} defaultValue="">
              <option value="" disabled>
                Choose a lesson
              </option>
              {courses.map((c) => (
                <optgroup key={c.slug} label={c.title}>
                  {c.lessons.map((l) => (
                    <option key={l.slug} value={l.slug}>
                      {l.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="reschedule" value="on" className="h-4 w-4" />
            Reschedule cards based on my answers
          </label>
          <button type="submit" className={submit}>
            Cram this lesson
          </button>
        </form>
      </section>
    </div>
  );
}

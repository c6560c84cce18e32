"use client";

import { useActionState } from "react";

type FormState = { error?: string } | null;

/** Quiz settings: how many questions (course quiz) and whether this run touches the schedule. */
export function QuizStartForm({
  action,
  courseSlug,
  lessonSlug,
  total,
  counts,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  courseSlug: string;
  lessonSlug?: string;
  total: number;
  counts?: number[];
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const choices = (counts ?? []).filter((n) => n < total);
  return (
    <form action={formAction} className="space-y-5 rounded-xl border border-slate-200 bg-white p-5">
      <input type="hidden" name="courseSlug" value={courseSlug} />
      {lessonSlug && <input type="hidden" name="lessonSlug" value={lessonSlug} />}
      {choices.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="font-semibold text-slate-900">How many questions?</legend>
          <div className="flex flex-wrap gap-3">
            {[...choices.map(String), "all"].map((c, i) => (
              <label
                key={c}
                className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 has-checked:border-brand-600 has-checked:bg-brand-50"
              >
                <input
                  type="radio"
                  name="count"
                  value={c}
                  defaultChecked={i === 0}
                  className="accent-brand-600"
                />
                {c === "all" ? `All ${total}` : c}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex items-start gap-2">
        <input
          id="practice"
          type="checkbox"
          name="practice"
          className="mt-1 size-4 accent-brand-600"
          aria-describedby="practice-hint"
        />
        <div>
          <label htmlFor="practice" className="font-medium text-slate-900">
            Practice (don&apos;t touch my schedule)
          </label>
          <p id="practice-hint" className="text-sm text-slate-600">
            Normally every answer feeds your review schedule: a miss comes back soon, a right answer
            later.
          </p>
        </div>
      </div>
      <div role="status" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {state?.error}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Starting…" : "Start quiz"}
      </button>
    </form>
  );
}

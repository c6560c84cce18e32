"use client";

import { useActionState } from "react";
import { FieldError, FormMessage, useFocusFirstError } from "@/components/forms/form-status";
import { errorAt, initialFormState, type FormState } from "@/lib/validations/form-state";

/** Quiz settings: how many questions (course quiz) and whether this run touches the schedule. */
export function QuizStartForm({
  action,
  courseSlug,
  lessonSlug,
  total,
  counts,
  defaultCount,
  submitLabel = "Start quiz",
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  courseSlug: string;
  lessonSlug?: string;
  total: number;
  counts?: number[];
  /** The length picked at first: "all", or one of `counts` (the first when absent). */
  defaultCount?: string;
  /** "Start over" when an attempt in progress is offered beside it. */
  submitLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const formRef = useFocusFirstError(state);
  const choices = (counts ?? []).filter((n) => n < total);
  const picked = state.values?.count ?? defaultCount ?? String(choices[0] ?? "all");
  const countError = errorAt(state.fieldErrors, "count");
  return (
    <form
      ref={formRef}
      action={formAction}
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900"
    >
      <input type="hidden" name="courseSlug" value={courseSlug} />
      {lessonSlug && <input type="hidden" name="lessonSlug" value={lessonSlug} />}
      {choices.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="font-semibold text-slate-900">How many questions?</legend>
          <div className="flex flex-wrap gap-3">
            {[...choices.map(String), "all"].map((c) => (
              <label
                key={c}
                className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 has-checked:border-brand-600 has-checked:bg-brand-50"
              >
                <input
                  type="radio"
                  name="count"
                  value={c}
                  defaultChecked={c === picked}
                  className="accent-brand-600"
                />
                {c === "all" ? `All ${total}` : c}
              </label>
            ))}
          </div>
          <FieldError id="count-error" error={countError} />
        </fieldset>
      )}
      <div className="flex items-start gap-2">
        <input
          id="practice"
          type="checkbox"
          name="practice"
          defaultChecked={state.values?.practice === "on"}
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
      <FormMessage state={state} className="min-h-5 text-sm" />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Starting…" : submitLabel}
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FieldError, FormMessage, useFocusFirstError } from "@/components/forms/form-status";
import { useHydrated } from "@/components/keyboard/use-key-handler";
import { TEST_TYPES, testTypeLabels } from "@/lib/validations/study-modes";
import { errorAt, initialFormState, type FormState } from "@/lib/validations/form-state";

const TYPES = TEST_TYPES.map((value) => [value, testTypeLabels[value]] as const);
const COUNTS = [5, 10, 20];

/** How long a test and which question types; the action checks the choice and opens the test. */
export function TestSettingsForm({
  action,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const ref = useFocusFirstError(state);
  const hydrated = useHydrated();
  const typesError = errorAt(state.fieldErrors, "types");
  const countError = errorAt(state.fieldErrors, "count");
  return (
    <form
      ref={ref}
      action={formAction}
      data-keys-ready={hydrated}
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900"
    >
      <fieldset className="space-y-2" aria-describedby={countError ? "count-error" : undefined}>
        <legend className="font-semibold text-slate-900 dark:text-slate-100">
          How many questions?
        </legend>
        <div className="flex flex-wrap gap-3">
          {COUNTS.map((n) => (
            <label
              key={n}
              className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 has-checked:border-brand-600 has-checked:bg-brand-50 dark:border-slate-600 dark:has-checked:bg-slate-800"
            >
              <input
                type="radio"
                name="count"
                value={n}
                defaultChecked={String(n) === (state.values?.count ?? "10")}
                className="accent-brand-600"
              />
              {n}
            </label>
          ))}
        </div>
        <FieldError id="count-error" error={countError} />
      </fieldset>
      <fieldset className="space-y-2" aria-describedby={typesError ? "types-error" : undefined}>
        <legend className="font-semibold text-slate-900 dark:text-slate-100">Question types</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {TYPES.map(([value, label]) => (
            <label
              key={value}
              className="flex items-center gap-2 text-slate-800 dark:text-slate-200"
            >
              <input
                type="checkbox"
                name="types"
                value={value}
                defaultChecked={state.values ? state.values[`types:${value}`] === "on" : true}
                aria-invalid={typesError ? true : undefined}
                className="size-4 accent-brand-600"
              />
              {label}
            </label>
          ))}
        </div>
        <FieldError id="types-error" error={typesError} />
      </fieldset>
      <FormMessage state={state} className="min-h-5 text-sm" />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Making your test…" : "Make the test"}
      </button>
    </form>
  );
}

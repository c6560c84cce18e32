"use client";
/** "Type the answer" in review: a checkbox with its own small form (decision 0014). */
import { useActionState } from "react";
import { FieldError, FormMessage } from "@/components/forms/form-status";
import { useHydrated } from "@/components/keyboard/use-key-handler";
import { errorAt, initialFormState } from "@/lib/validations/form-state";
import { TYPE_ANSWER_MAX } from "@/lib/srs/type-answer";
import { saveTypeAnswerSetting } from "./type-answer-action";

export function TypeAnswerSetting({ on }: { on: boolean }) {
  const [state, formAction, pending] = useActionState(saveTypeAnswerSetting, initialFormState);
  const error = errorAt(state.fieldErrors, "typeAnswer");
  const hydrated = useHydrated();
  return (
    <section
      aria-labelledby="type-answer-heading"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 sm:p-8"
    >
      <h2 id="type-answer-heading" className="text-xl font-semibold">
        Type the answer
      </h2>
      <form action={formAction} className="space-y-3" data-keys-ready={hydrated}>
        <input type="hidden" name="typeAnswer" value="off" />
        <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            name="typeAnswer"
            value="on"
            defaultChecked={on}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "type-answer-error" : "type-answer-hint"}
            className="h-4 w-4"
          />
          Type the answer before it shows
        </label>
        <p id="type-answer-hint" className="text-sm text-slate-600">
          For cards whose answer is one short line (up to {TYPE_ANSWER_MAX} characters), review asks
          you to type it first, then shows each character right, wrong or missing, like Anki. You
          still choose the rating.
        </p>
        <FieldError id="type-answer-error" error={error} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          Save typing option
        </button>
        <FormMessage state={state} />
      </form>
    </section>
  );
}

"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/forms/form-status";
import { useHydrated } from "@/components/keyboard/use-key-handler";
import { RichText } from "@/components/quiz/rich-text";
import type { TestItemView, TestReview } from "@/lib/study/test";
import { initialFormState, type FormState } from "@/lib/validations/form-state";
import { TestReviewList } from "./test-review";

export type TestFormState = FormState & { review?: TestReview };

const LETTERS = "ABCDEFGH";
const box =
  "rounded-xl border border-slate-200 bg-white p-4 sm:p-5 dark:border-slate-700 dark:bg-slate-900 print:break-inside-avoid print:border-slate-400";

/** The whole test on one page, answered in any order, graded when handed in. */
export function TestSheet({
  items,
  action,
  newTestHref,
}: {
  items: TestItemView[];
  action: (prev: TestFormState, form: FormData) => Promise<TestFormState>;
  newTestHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState as TestFormState);
  const hydrated = useHydrated();
  const resultRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.review) resultRef.current?.focus();
  }, [state.review]);

  const printButton = (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-slate-400 px-4 py-2 font-medium text-slate-800 hover:bg-slate-50 print:hidden dark:text-slate-100 dark:hover:bg-slate-800"
    >
      Print
    </button>
  );

  if (state.review)
    return (
      <div className="space-y-4" data-keys-ready={hydrated}>
        <h2 ref={resultRef} tabIndex={-1} className="text-2xl font-bold">
          Your score: {state.review.score} of {state.review.total} (
          {Math.round((100 * state.review.score) / Math.max(state.review.total, 1))}%)
        </h2>
        <div className="flex flex-wrap gap-3 print:hidden">
          <a
            href={newTestHref}
            className="rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700"
          >
            Make a new test
          </a>
          {printButton}
        </div>
        <TestReviewList review={state.review} />
      </div>
    );

  return (
    <form action={formAction} className="space-y-4" data-keys-ready={hydrated}>
      <div className="flex justify-end print:hidden">{printButton}</div>
      <ol className="space-y-4">
        {items.map((item, i) => (
          <li key={i} className={box}>
            <input type="hidden" name={`item.${i}`} value={item.item} />
            <fieldset className="min-w-0 space-y-3">
              <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
                {i + 1}. {item.label}
              </legend>
              <RichText html={item.promptHtml} className="text-slate-900 dark:prose-invert" />
              {item.input === "radio" && (
                <div className="space-y-2">
                  {item.options.map((o, k) => (
                    <label
                      key={o.value}
                      className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 p-2 has-checked:border-brand-600 has-checked:bg-brand-50 dark:border-slate-600 dark:has-checked:bg-slate-800"
                    >
                      <input
                        type="radio"
                        name={`answer.${i}`}
                        value={o.value}
                        aria-labelledby={`option-${i}-${k}`}
                        className="mt-1 size-4 shrink-0 accent-brand-600"
                      />
                      <span
                        id={`option-${i}-${k}`}
                        className="grid min-w-0 flex-1 grid-cols-[minmax(0,1fr)]"
                      >
                        <RichText html={o.html} inline className="dark:prose-invert" />
                      </span>
                    </label>
                  ))}
                </div>
              )}
              {item.input === "text" && (
                <label className="block space-y-1">
                  <span className="text-sm font-medium text-slate-800 dark:text-slate-200">
                    Your answer
                  </span>
                  <input
                    type="text"
                    name={`answer.${i}`}
                    autoComplete="off"
                    autoCapitalize="off"
                    spellCheck={false}
                    className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-base text-slate-900 print:border-0 print:border-b"
                  />
                </label>
              )}
              {item.input === "matching" && (
                <div className="grid gap-4 sm:grid-cols-2">
                  <ol className="space-y-2" aria-label="Definitions">
                    {item.options.map((o, k) => (
                      <li key={o.value} className="flex gap-2">
                        <span className="font-mono font-bold" aria-hidden="true">
                          {LETTERS[k]}.
                        </span>
                        <span className="sr-only">Definition {LETTERS[k]}:</span>
                        <RichText
                          html={o.html}
                          inline
                          className="min-w-0 flex-1 prose-sm dark:prose-invert"
                        />
                      </li>
                    ))}
                  </ol>
                  <div className="space-y-2">
                    {item.terms.map((t) => (
                      <label key={t.id} className="flex flex-wrap items-center gap-2">
                        <select
                          name={`pair.${i}.${t.id}`}
                          defaultValue=""
                          className="rounded-md border border-slate-400 bg-white px-2 py-1 text-slate-900"
                        >
                          <option value="">—</option>
                          {item.options.map((o, k) => (
                            <option key={o.value} value={o.value}>
                              {LETTERS[k]}
                            </option>
                          ))}
                        </select>
                        <RichText
                          html={t.html}
                          inline
                          className="min-w-0 flex-1 prose-sm dark:prose-invert"
                        />
                      </label>
                    ))}
                  </div>
                </div>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <FormMessage state={state} className="text-sm" />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60 print:hidden"
      >
        {pending ? "Grading…" : "Grade my test"}
      </button>
    </form>
  );
}

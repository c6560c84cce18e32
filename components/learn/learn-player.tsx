"use client";

import { useLayoutEffect, useRef, useState, useTransition } from "react";
import type { LearnFeedback, LearnView } from "@/lib/study/learn";
import { RichText } from "@/components/quiz/rich-text";
import { useQuizKeys } from "@/components/quiz/use-quiz-keys";
import { LearnProgressBars } from "./learn-progress";

type Failure = { ok: false; error: string };
export type LearnAnswer = (input: {
  cardId: string;
  optionId?: string;
  response?: string;
  timeMs: number;
}) => Promise<({ ok: true } & LearnFeedback & LearnView) | Failure>;
export type LearnRestart = () => Promise<({ ok: true } & LearnView) | Failure>;

const primary =
  "rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60";

/** Learn: one card at a time, a choice then typed; the server keeps the round and grades it. */
export function LearnPlayer({
  initial,
  answer,
  restart,
}: {
  initial: LearnView;
  answer: LearnAnswer;
  restart: LearnRestart;
}) {
  // What is on screen, and the next question the server already chose (shown after "Continue").
  const [view, setView] = useState(initial);
  const [queued, setQueued] = useState<LearnView | null>(null);
  const [feedback, setFeedback] = useState<LearnFeedback | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  const shownAt = useRef(0);
  // One answer in flight at a time, whatever closure a key or click reaches.
  const sending = useRef(false);
  const continueRef = useRef<HTMLButtonElement>(null);
  const promptRef = useRef<HTMLDivElement>(null);
  const q = view.question;

  useLayoutEffect(() => {
    shownAt.current = Date.now();
  }, [q?.cardId, q?.format]);
  useLayoutEffect(() => {
    if (feedback) continueRef.current?.focus();
  }, [feedback]);

  function send() {
    if (!q || feedback || sending.current) return;
    const given =
      q.format === "choice"
        ? selected && { optionId: selected }
        : typed.trim() && { response: typed };
    if (!given)
      return setError(q.format === "choice" ? "Choose an answer first." : "Type the term first.");
    setError("");
    sending.current = true;
    startTransition(async () => {
      try {
        const r = await answer({
          cardId: q.cardId,
          ...given,
          timeMs: Math.min(Date.now() - shownAt.current, 3_600_000),
        });
        if (!r.ok) return setError(r.error);
        setFeedback({
          correct: r.correct,
          correctAnswerHtml: r.correctAnswerHtml,
          mastered: r.mastered,
        });
        setView({ ...view, progress: r.progress });
        setQueued({ question: r.question, progress: r.progress });
      } catch {
        setError("Couldn't reach the server; your answer was not saved. Try again.");
      } finally {
        sending.current = false;
      }
    });
  }

  function next() {
    if (!feedback || !queued) return;
    setView(queued);
    setQueued(null);
    setFeedback(null);
    setSelected(null);
    setTyped("");
    requestAnimationFrame(() => {
      const box = document.getElementById("learn-typed");
      if (box) box.focus();
      else promptRef.current?.focus();
    });
  }

  function startOver() {
    startTransition(async () => {
      const r = await restart();
      if (!r.ok) return setError(r.error);
      setView(r);
      setFeedback(null);
      setQueued(null);
      setSelected(null);
      setTyped("");
    });
  }

  function choose(n: number) {
    const option = q?.format === "choice" ? q.options[n - 1] : undefined;
    if (!option || feedback) return;
    setSelected(option.id);
    document.querySelector<HTMLInputElement>(`input[data-choice="${n}"]`)?.focus();
  }
  const keysReady = useQuizKeys({ choose, submit: send, next, answered: feedback !== null });

  return (
    <section aria-label="Learn" className="space-y-4" data-keys-ready={keysReady}>
      <LearnProgressBars progress={view.progress} />
      {!q && !feedback ? (
        <div className="space-y-3 rounded-xl border border-green-700 bg-green-50 p-5 dark:bg-green-950">
          <h2 className="text-xl font-bold text-green-900 dark:text-green-100">
            Round complete: every card mastered
          </h2>
          <p className="text-slate-800 dark:text-slate-200">
            Your first answers went to your review schedule. Start a new round to go through the
            cards again.
          </p>
          <button type="button" onClick={startOver} disabled={pending} className={primary}>
            Start a new round
          </button>
        </div>
      ) : q ? (
        <form
          data-card-id={q.cardId}
          data-format={q.format}
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
          className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-700 dark:bg-slate-900"
        >
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
            {q.format === "choice" ? "Term · choose its definition" : "Definition · type the term"}
          </p>
          <div ref={promptRef} tabIndex={-1} className="outline-none">
            <RichText html={q.promptHtml} className="text-lg text-slate-900 dark:prose-invert" />
          </div>
          {q.format === "choice" ? (
            <fieldset className="min-w-0 space-y-2" disabled={feedback !== null}>
              <legend className="sr-only">Choose the definition</legend>
              {q.options.map((o, i) => (
                <label
                  key={o.id}
                  className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 p-3 hover:border-brand-600 has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-3 has-focus-visible:outline-brand-600 dark:border-slate-600 dark:has-checked:bg-slate-800"
                >
                  <input
                    type="radio"
                    name="learn-choice"
                    value={o.id}
                    checked={selected === o.id}
                    onChange={() => setSelected(o.id)}
                    data-choice={i + 1}
                    // Named by its text alone: a definition holding a table or list still names it.
                    aria-labelledby={`learn-option-${i}`}
                    className="mt-1 size-4 shrink-0 accent-brand-600"
                  />
                  <span
                    aria-hidden="true"
                    className="mt-0.5 w-5 shrink-0 rounded bg-slate-100 text-center font-mono text-sm text-slate-700"
                  >
                    {i + 1}
                  </span>
                  <span
                    id={`learn-option-${i}`}
                    className="grid min-w-0 flex-1 grid-cols-[minmax(0,1fr)]"
                  >
                    <RichText html={o.html} inline className="text-slate-900 dark:prose-invert" />
                  </span>
                </label>
              ))}
            </fieldset>
          ) : (
            <div className="space-y-1">
              <label
                htmlFor="learn-typed"
                className="block text-sm font-medium text-slate-800 dark:text-slate-200"
              >
                The term
              </label>
              <input
                id="learn-typed"
                type="text"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                readOnly={feedback !== null}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                aria-describedby="learn-typed-hint"
                className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-base text-slate-900 read-only:bg-slate-50"
              />
              <p id="learn-typed-hint" className="text-sm text-slate-600 dark:text-slate-300">
                Case, spaces and punctuation don&apos;t matter. Press Enter to check.
              </p>
            </div>
          )}
          {!feedback && (
            <button type="submit" disabled={pending} className={primary}>
              {pending ? "Checking…" : "Check answer"}
            </button>
          )}
        </form>
      ) : null}
      <div role="status" aria-live="polite" className="sr-only">
        {feedback ? (feedback.correct ? "Right!" : "Not quite.") : ""}
      </div>
      <div role="alert" className="text-sm text-red-700 empty:hidden">
        {error}
      </div>
      {feedback && (
        <div
          className={`space-y-3 rounded-xl border-2 p-4 ${feedback.correct ? "border-green-700 bg-green-50 dark:bg-green-950" : "border-red-700 bg-red-50 dark:bg-red-950"}`}
        >
          <p
            className={`text-lg font-bold ${feedback.correct ? "text-green-800 dark:text-green-200" : "text-red-800 dark:text-red-200"}`}
          >
            {feedback.correct
              ? feedback.mastered
                ? "Right! Mastered."
                : "Right! Next time you'll type it."
              : "Not quite. This card comes back in a moment."}
          </p>
          <div>
            <p className="text-sm font-semibold text-slate-800 dark:text-slate-200">
              Correct answer
            </p>
            <RichText
              html={feedback.correctAnswerHtml}
              className="prose-sm dark:prose-invert [&_p]:my-0"
            />
          </div>
          <button ref={continueRef} type="button" onClick={next} className={primary}>
            {queued?.question ? "Continue" : "Finish the round"}
          </button>
        </div>
      )}
      {q && (
        <button
          type="button"
          onClick={startOver}
          disabled={pending}
          className="text-sm text-brand-700 underline dark:text-brand-300"
        >
          Start the round over
        </button>
      )}
    </section>
  );
}

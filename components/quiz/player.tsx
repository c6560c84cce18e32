"use client";

import { useRouter } from "next/navigation";
import { useLayoutEffect, useRef, useState, useTransition } from "react";
import type { QuizQuestionView } from "@/lib/study/attempt";
import type { SubmitAnswerInput } from "@/lib/validations/study";
import { pluralize } from "@/lib/format/plural";
import { ProgressBar } from "@/components/progress-bar";
import { AnswerFeedback, type Feedback } from "./answer-feedback";
import { Choices } from "./choices";
import { RichText } from "./rich-text";
import { TypedAnswer } from "./typed-answer";
import { useQuizKeys } from "./use-quiz-keys";

type Submit = (
  input: SubmitAnswerInput,
) => Promise<({ ok: true } & Feedback) | { ok: false; error: string }>;

/** Plays an attempt one question at a time; the server grades every answer. */
export function QuizPlayer({
  attemptId,
  questions,
  submit,
}: {
  attemptId: string;
  questions: QuizQuestionView[];
  submit: Submit;
}) {
  const router = useRouter();
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      questions.findIndex((q) => !q.answered),
    ),
  );
  const [selected, setSelected] = useState<string | null>(null);
  const [typed, setTyped] = useState("");
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  const shownAt = useRef(0);
  const nextRef = useRef<HTMLButtonElement>(null);
  // One answer in flight at a time, whatever closure a key or click reaches (a double Enter sends once).
  const sending = useRef(false);
  const question = questions[index]!;
  const isLast = index === questions.length - 1;

  // The answer time of the first question starts when it is on screen (later ones in next()).
  useLayoutEffect(() => {
    shownAt.current = Date.now();
  }, []);

  // Focus moves to "go on" in the commit that shows the feedback, so the next Enter lands on it.
  useLayoutEffect(() => {
    if (feedback) nextRef.current?.focus();
  }, [feedback]);

  function send() {
    if (sending.current || feedback) return;
    const answer = selected ? { optionId: selected } : typed.trim() ? { response: typed } : null;
    if (!answer)
      return setError(
        question.options.length > 0 ? "Choose an answer first." : "Type an answer first.",
      );
    setError("");
    sending.current = true;
    startTransition(async () => {
      try {
        const result = await submit({
          attemptId,
          questionId: question.id,
          ...answer,
          timeMs: Math.min(Date.now() - shownAt.current, 3_600_000),
        });
        if (result.ok) setFeedback(result);
        else setError(result.error);
      } catch {
        setError("Couldn't reach the server; your answer was not saved. Try again.");
      } finally {
        sending.current = false;
      }
    });
  }

  function next() {
    if (!feedback) return;
    if (feedback.finished || isLast) return router.refresh();
    setIndex(index + 1);
    setSelected(null);
    setTyped("");
    setFeedback(null);
    shownAt.current = Date.now();
  }

  function choose(n: number) {
    const option = question.options[n - 1];
    if (!option || feedback) return;
    setSelected(option.id);
    setTyped("");
    document.querySelector<HTMLInputElement>(`input[data-choice="${n}"]`)?.focus();
  }

  const keysReady = useQuizKeys({ choose, submit: send, next, answered: feedback !== null });

  const typing = question.type === "typed" || question.type === "output";
  return (
    <section aria-labelledby="question-heading" className="space-y-4" data-keys-ready={keysReady}>
      <div className="space-y-1">
        <p id="question-heading" className="text-sm font-medium text-slate-700">
          Question {index + 1} of {questions.length}
        </p>
        <ProgressBar
          max={questions.length}
          value={index + (feedback ? 1 : 0)}
          label="Quiz progress"
          valueText={`${index + (feedback ? 1 : 0)} of ${pluralize(questions.length, "question")} answered`}
        />
      </div>
      <form
        data-question-id={question.id}
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      >
        <RichText html={question.promptHtml} className="text-slate-900" />
        {question.options.length > 0 && (
          <Choices
            options={question.options}
            selected={selected}
            onSelect={(id) => {
              setSelected(id);
              setTyped("");
            }}
            locked={feedback !== null}
          />
        )}
        {typing && (
          <TypedAnswer
            value={typed}
            onChange={(v) => {
              setTyped(v);
              setSelected(null);
            }}
            locked={feedback !== null}
            orChoose={question.options.length > 0}
          />
        )}
        {!feedback && (
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {pending ? "Checking…" : "Check answer"}
          </button>
        )}
      </form>
      <div role="status" aria-live="polite" className="sr-only">
        {feedback ? (feedback.correct ? "Right!" : "Not quite.") : ""}
      </div>
      <div role="alert" className="text-sm text-red-700 empty:hidden">
        {error}
      </div>
      {feedback && (
        <AnswerFeedback ref={nextRef} feedback={feedback} onNext={next} isLast={isLast} />
      )}
    </section>
  );
}

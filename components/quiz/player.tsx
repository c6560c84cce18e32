"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { QuizQuestionView } from "@/lib/study/attempt";
import { pluralize } from "@/lib/format/plural";
import { FormMessage } from "@/components/forms/form-status";
import { ProgressBar } from "@/components/progress-bar";
import { AnswerFeedback, type AnswerState } from "./answer-feedback";
import { Choices } from "./choices";
import { RichText } from "./rich-text";
import { TypedAnswer } from "./typed-answer";
import { useQuizKeys } from "./use-quiz-keys";

/** The answer's server action: the form's attemptId, questionId, choice or response, and timeMs. */
type Submit = (prev: AnswerState, form: FormData) => Promise<AnswerState>;

/**
 * Plays an attempt one question at a time; the server grades every answer. Each answer is the
 * form's action (decision 0014): the state it returns names its question, so the next question
 * starts with none.
 */
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
  const shownAt = useRef(0);
  const formRef = useRef<HTMLFormElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const [state, formAction, pending] = useActionState(
    async (prev: AnswerState, form: FormData): Promise<AnswerState> => {
      form.set("timeMs", String(Math.min(Date.now() - shownAt.current, 3_600_000)));
      try {
        return await submit(prev, form);
      } catch {
        const questionId = String(form.get("questionId"));
        const message = "Couldn't reach the server; your answer was not saved. Try again.";
        return { ok: false, questionId, message };
      }
    },
    { ok: false },
  );
  // One answer in flight at a time, whatever reaches the form (a double Enter sends once): set
  // when a submit goes ahead, cleared when its state comes back.
  const sending = useRef(false);
  useEffect(() => {
    sending.current = false;
  }, [state]);
  const question = questions[index]!;
  const isLast = index === questions.length - 1;
  const own = state.questionId === question.id;
  const feedback = own && state.ok ? (state.feedback ?? null) : null;
  const error = own && !state.ok ? (state.message ?? "") : "";

  // The answer time of the first question starts when it is on screen (later ones in next()).
  useLayoutEffect(() => {
    shownAt.current = Date.now();
  }, []);

  // Focus moves to "go on" in the commit that shows the feedback, so the next Enter lands on it.
  useLayoutEffect(() => {
    if (feedback) nextRef.current?.focus();
  }, [feedback]);

  function next() {
    if (!feedback) return;
    if (feedback.finished || isLast) return router.refresh();
    setIndex(index + 1);
    setSelected(null);
    setTyped("");
    shownAt.current = Date.now();
  }

  function choose(n: number) {
    const option = question.options[n - 1];
    if (!option || feedback) return;
    setSelected(option.id);
    setTyped("");
    document.querySelector<HTMLInputElement>(`input[data-choice="${n}"]`)?.focus();
  }

  const keysReady = useQuizKeys({
    choose,
    submit: () => formRef.current?.requestSubmit(),
    next,
    answered: feedback !== null,
  });

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
        ref={formRef}
        action={formAction}
        data-question-id={question.id}
        onSubmit={(e) => {
          if (sending.current || pending || feedback) e.preventDefault();
          else sending.current = true;
        }}
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      >
        <input type="hidden" name="attemptId" value={attemptId} />
        <input type="hidden" name="questionId" value={question.id} />
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
      <FormMessage state={{ ok: false, message: error }} className="text-sm empty:hidden" />
      {feedback && (
        <AnswerFeedback ref={nextRef} feedback={feedback} onNext={next} isLast={isLast} />
      )}
    </section>
  );
}

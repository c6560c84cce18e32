"use client";

import { forwardRef } from "react";
import { ExamplePanel } from "@/components/example-panel";
import type { PanelExample } from "@/lib/sandbox/result-schema";
import type { FormState } from "@/lib/validations/form-state";
import { RichText } from "./rich-text";

export interface Feedback {
  correct: boolean;
  correctAnswerHtml: string;
  explanationHtml: string;
  sectionHref: string;
  examples: PanelExample[];
  finished: boolean;
}

/** What the answer's server action returns (decision 0014's FormState): for this question, its grading. */
export interface AnswerState extends FormState {
  questionId?: string;
  feedback?: Feedback;
}

/** Right or wrong, the right answer, why, and where the lesson teaches it; focus lands on "go on". */
export const AnswerFeedback = forwardRef<
  HTMLButtonElement,
  { feedback: Feedback; onNext: () => void; isLast: boolean }
>(function AnswerFeedback({ feedback, onNext, isLast }, nextRef) {
  return (
    <div
      className={`space-y-3 rounded-xl border-2 p-4 ${feedback.correct ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}
    >
      <p className={`text-lg font-bold ${feedback.correct ? "text-green-800" : "text-red-800"}`}>
        {feedback.correct ? "Right!" : "Not quite."}
      </p>
      <div>
        <p className="text-sm font-semibold text-slate-800">Correct answer</p>
        <RichText html={feedback.correctAnswerHtml} className="prose-sm [&_p]:my-0" />
      </div>
      {feedback.explanationHtml && (
        <RichText html={feedback.explanationHtml} className="prose-sm" />
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button
          ref={nextRef}
          type="button"
          onClick={onNext}
          className="rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {feedback.finished || isLast ? "See your score" : "Next question"}
        </button>
        <a href={feedback.sectionHref} className="text-brand-700 underline">
          Read this in the lesson
        </a>
      </div>
      {feedback.examples.map((e) => (
        <ExamplePanel key={e.id} exampleId={e.id} initial={e} />
      ))}
    </div>
  );
});

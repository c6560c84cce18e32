"use client";
/** "Type the answer": the input shown before the answer, and Anki-style character comparison after. */
import type { Ref } from "react";
import { compareAnswer, type Comparison, type Segment } from "@/lib/srs/type-answer";
import { pluralize } from "@/lib/format/plural";

export function TypedAnswerInput({
  value,
  onChange,
  onSubmit,
  inputRef,
}: {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  inputRef: Ref<HTMLInputElement>;
}) {
  return (
    <label className="block space-y-1">
      <span className="text-sm font-medium text-slate-800">
        Type the answer, then Enter to check
      </span>
      <input
        ref={inputRef}
        type="text"
        value={value}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        data-testid="typed-answer"
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.nativeEvent.isComposing) {
            e.preventDefault();
            onSubmit();
          }
        }}
        className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-lg text-slate-900"
      />
    </label>
  );
}

const markClass: Record<Segment["mark"], string> = {
  good: "bg-green-100 text-green-900",
  bad: "bg-red-100 text-red-900 line-through decoration-2",
  missing: "bg-slate-200 text-slate-900 underline decoration-dotted decoration-2",
};
const markName: Record<Segment["mark"], string> = {
  good: "right",
  bad: "wrong",
  missing: "missing",
};

function Marked({ segments, testId }: { segments: Segment[]; testId: string }) {
  return (
    <code className="font-mono text-lg break-words whitespace-pre-wrap" data-testid={testId}>
      {segments.map((s, i) => (
        <span key={i} className={markClass[s.mark]} data-mark={s.mark}>
          {/* Colour alone says nothing to a screen reader: the kind is read out for every wrong or missing run. */}
          {s.mark !== "good" && <span className="sr-only">({markName[s.mark]}: </span>}
          {s.text}
          {s.mark !== "good" && <span className="sr-only">)</span>}
        </span>
      ))}
    </code>
  );
}

export function summary(c: Comparison): string {
  if (c.exact) return "Exactly right.";
  const parts = [
    c.wrong ? `${pluralize(c.wrong, "wrong character")}` : "",
    c.missing ? `${pluralize(c.missing, "missing character")}` : "",
  ].filter(Boolean);
  return `Not quite: ${parts.join(", ")}. Again (1) is suggested; you choose.`;
}

/** Like Anki: what you typed, each character right or wrong; when not exact, an arrow and the answer with what you left out. */
export function AnswerComparison({ expected, typed }: { expected: string; typed: string }) {
  const c = compareAnswer(expected, typed);
  return (
    <section
      aria-label="Your answer compared"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="answer-comparison"
      data-exact={c.exact}
    >
      {c.exact ? (
        <Marked segments={c.typed} testId="compared-typed" />
      ) : (
        <div className="grid gap-1">
          <p className="text-sm text-slate-600">You typed</p>
          {c.typed.length ? (
            <Marked segments={c.typed} testId="compared-typed" />
          ) : (
            <p className="text-slate-700 italic" data-testid="compared-typed">
              (nothing)
            </p>
          )}
          <p aria-hidden="true" className="text-slate-600">
            ↓
          </p>
          <p className="text-sm text-slate-600">The answer</p>
          <Marked segments={c.expected} testId="compared-expected" />
        </div>
      )}
      <p className={c.exact ? "text-green-800" : "text-red-800"} data-testid="compared-summary">
        {summary(c)}
      </p>
    </section>
  );
}

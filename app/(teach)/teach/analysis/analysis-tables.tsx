"use client";

import { useId, useState } from "react";
import type { CardStat } from "@/lib/analysis/flashcards";
import type { QuestionStat } from "@/lib/analysis/questions";
import { CardTable } from "./card-table";
import { QuestionTable } from "./question-table";
import { questionTypeLabels, questionTypes } from "@/lib/content/schema";
import { pluralize } from "@/lib/format/plural";

const TYPES = ["all", ...questionTypes, "flashcards"] as const;

export function AnalysisTables({
  questions,
  flashcards,
}: {
  questions: QuestionStat[];
  flashcards: CardStat[];
}) {
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [lesson, setLesson] = useState("all");
  const [type, setType] = useState<(typeof TYPES)[number]>("all");
  const id = useId();
  const lessons = [
    ...new Map([...questions, ...flashcards].map((r) => [r.lesson.slug, r.lesson.title])).entries(),
  ];
  const keep = <T extends { lesson: { slug: string }; flags: string[] }>(rows: T[]) =>
    rows.filter(
      (r) => (!flaggedOnly || r.flags.length > 0) && (lesson === "all" || r.lesson.slug === lesson),
    );
  const shownQuestions =
    type === "flashcards" ? [] : keep(questions).filter((q) => type === "all" || q.type === type);
  const shownCards = type === "all" || type === "flashcards" ? keep(flashcards) : [];
  return (
    <div className="space-y-6">
      <fieldset className="flex flex-wrap items-end gap-4 rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold text-slate-800">Filter</legend>
        <label className="flex items-center gap-2 text-slate-800">
          <input
            type="checkbox"
            checked={flaggedOnly}
            onChange={(e) => setFlaggedOnly(e.target.checked)}
            className="size-4"
          />{" "}
          Flagged only
        </label>
        <div className="space-y-1">
          <label htmlFor={`${id}-lesson`} className="block text-sm font-medium text-slate-800">
            Lesson
          </label>
          <select
            id={`${id}-lesson`}
            value={lesson}
            onChange={(e) => setLesson(e.target.value)}
            className="max-w-72 rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            <option value="all">All lessons</option>
            {lessons.map(([slug, title]) => (
              <option key={slug} value={slug}>
                {title}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-type`} className="block text-sm font-medium text-slate-800">
            Type
          </label>
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => setType(e.target.value as (typeof TYPES)[number])}
            className="rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {t === "all"
                  ? "Questions and cards"
                  : t === "flashcards"
                    ? "Flashcards"
                    : questionTypeLabels[t]}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        Showing {shownQuestions.length} of {pluralize(questions.length, "question")} and{" "}
        {shownCards.length} of {pluralize(flashcards.length, "card")}.
      </p>
      {type !== "flashcards" && <QuestionTable rows={shownQuestions} />}
      {(type === "all" || type === "flashcards") && <CardTable rows={shownCards} />}
    </div>
  );
}

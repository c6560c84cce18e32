"use client";

import { useId, useState } from "react";
import { useHydrated } from "@/components/keyboard/use-key-handler";
import type { CardStat } from "@/lib/analysis/flashcards";
import type { RenderedQuestionStat } from "@/lib/analysis/index";
import { questionTypeLabels, questionTypes } from "@/lib/content/schema";
import { pluralize } from "@/lib/format/plural";
import { CardTable } from "./card-table";
import { QuestionList } from "./question-list";

const TYPES = ["all", ...questionTypes, "flashcards"] as const;
const SORTS = {
  confusing: "Most confusing first",
  correct: "Lowest correct rate first",
  attempts: "Most attempts first",
  lesson: "Lesson order",
} as const;
type Sort = keyof typeof SORTS;
/** Rows of each kind a lesson shows before "Show all": the most confusing come first. */
const PAGE = 6;

/** Empty values (no attempts yet) always last. */
const by =
  <T,>(get: (row: T) => number | null, sign: 1 | -1) =>
  (a: T, b: T) => {
    const x = get(a);
    const y = get(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (x - y) * sign;
  };
const ORDER: Record<Sort, ((a: RenderedQuestionStat, b: RenderedQuestionStat) => number) | null> = {
  confusing: by((q) => q.confusion, -1),
  correct: by((q) => q.correctRate, 1),
  attempts: by((q) => q.attempts, -1),
  lesson: null,
};

/**
 * The analysis grouped by lesson, each a collapsible section (open when it has flagged items),
 * filtered and sorted; a lesson's questions as a list, its cards as a sortable table.
 */
export function AnalysisTables({
  questions,
  flashcards,
}: {
  questions: RenderedQuestionStat[];
  flashcards: CardStat[];
}) {
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [lesson, setLesson] = useState("all");
  const [type, setType] = useState<(typeof TYPES)[number]>("all");
  const [sort, setSort] = useState<Sort>("confusing");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggleAll = (slug: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(slug)) next.add(slug);
      return next;
    });
  const id = useId();
  const hydrated = useHydrated();
  const lessons = [
    ...new Map([...questions, ...flashcards].map((r) => [r.lesson.slug, r.lesson.title])).entries(),
  ];
  const keep = <T extends { lesson: { slug: string }; flags: string[] }>(rows: T[]) =>
    rows.filter(
      (r) => (!flaggedOnly || r.flags.length > 0) && (lesson === "all" || r.lesson.slug === lesson),
    );
  const order = ORDER[sort];
  const shownQuestions =
    type === "flashcards" ? [] : keep(questions).filter((q) => type === "all" || q.type === type);
  const sortedQuestions = order ? [...shownQuestions].sort(order) : shownQuestions;
  const shownCards = type === "all" || type === "flashcards" ? keep(flashcards) : [];
  const groups = lessons
    .map(([slug, title], position) => ({
      slug,
      title,
      position,
      questions: sortedQuestions.filter((q) => q.lesson.slug === slug),
      cards: shownCards.filter((c) => c.lesson.slug === slug),
    }))
    .filter((g) => g.questions.length + g.cards.length > 0);
  // Most confusing first: the lesson whose worst question is most confusing comes first too.
  if (sort === "confusing")
    groups.sort(by((g: (typeof groups)[number]) => g.questions[0]?.confusion ?? null, -1));
  return (
    <div className="space-y-6" data-testid="analysis" data-keys-ready={hydrated}>
      <fieldset className="flex flex-wrap items-end gap-4 rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold text-slate-800">Filter and sort</legend>
        <label className="flex items-center gap-2 text-slate-800">
          <input
            type="checkbox"
            checked={flaggedOnly}
            onChange={(e) => setFlaggedOnly(e.target.checked)}
            className="size-4"
          />{" "}
          Flagged only
        </label>
        <Select id={`${id}-lesson`} label="Lesson" value={lesson} onChange={setLesson}>
          <option value="all">All lessons</option>
          {lessons.map(([slug, title]) => (
            <option key={slug} value={slug}>
              {title}
            </option>
          ))}
        </Select>
        <Select
          id={`${id}-type`}
          label="Type"
          value={type}
          onChange={(v) => setType(v as (typeof TYPES)[number])}
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
        </Select>
        <Select
          id={`${id}-sort`}
          label="Sort questions"
          value={sort}
          onChange={(v) => setSort(v as Sort)}
        >
          {(Object.keys(SORTS) as Sort[]).map((s) => (
            <option key={s} value={s}>
              {SORTS[s]}
            </option>
          ))}
        </Select>
      </fieldset>
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        Showing {shownQuestions.length} of {pluralize(questions.length, "question")} and{" "}
        {shownCards.length} of {pluralize(flashcards.length, "card")}, in{" "}
        {pluralize(groups.length, "lesson")}.
      </p>
      {groups.length === 0 && <p className="text-slate-700">Nothing matches the filter.</p>}
      {groups.map((g) => {
        const flagged = [...g.questions, ...g.cards].filter((r) => r.flags.length > 0).length;
        const all = expanded.has(g.slug);
        const more = g.questions.length > PAGE || g.cards.length > PAGE;
        return (
          <details
            key={`${g.slug}-${sort}`}
            open={flagged > 0 || groups.length === 1}
            className="group rounded-xl border border-slate-200 bg-slate-50 p-3 sm:p-4"
            data-testid={`analysis-lesson-${g.slug}`}
          >
            <summary className="cursor-pointer list-inside">
              <h2 className="inline text-xl font-semibold">{g.title}</h2>
              <span className="ml-2 text-sm text-slate-700">
                {pluralize(g.questions.length, "question")}, {pluralize(g.cards.length, "card")}
                {flagged > 0 ? `, ${flagged} flagged` : ", none flagged"}
              </span>
            </summary>
            <div className="mt-3 space-y-4">
              {g.questions.length > 0 && (
                <QuestionList
                  rows={all ? g.questions : g.questions.slice(0, PAGE)}
                  total={g.questions.length}
                  headingId={`${id}-${g.slug}-questions`}
                />
              )}
              {g.cards.length > 0 && (
                <CardTable
                  rows={all ? g.cards : g.cards.slice(0, PAGE)}
                  total={g.cards.length}
                  headingId={`${id}-${g.slug}-cards`}
                />
              )}
              {more && (
                <button
                  type="button"
                  onClick={() => toggleAll(g.slug)}
                  aria-expanded={all}
                  className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
                >
                  {all
                    ? `Show the first ${PAGE} of each`
                    : `Show all ${pluralize(g.questions.length, "question")} and ${pluralize(g.cards.length, "card")}`}
                </button>
              )}
            </div>
          </details>
        );
      })}
    </div>
  );
}

function Select({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="max-w-72 rounded-md border border-slate-400 bg-white px-3 py-2"
      >
        {children}
      </select>
    </div>
  );
}

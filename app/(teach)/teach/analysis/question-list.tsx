"use client";

import Link from "next/link";
import type { RenderedQuestionStat } from "@/lib/analysis/index";
import type { Interval } from "@/lib/analysis/wilson";
import { questionTypeLabels, type QuestionType } from "@/lib/content/schema";
import { pluralize } from "@/lib/format/plural";
import { FlagBadges } from "./flag-badges";
import { percent, seconds } from "./sorting";

const prose =
  "prose prose-sm prose-slate max-w-none min-w-0 prose-p:my-0 prose-pre:my-1 prose-pre:p-3 prose-code:before:content-none prose-code:after:content-none";

/** "18–46%": the 95 % interval, in whole percent. */
export const range = (i: Interval | null) =>
  i ? `${Math.round(i.low * 100)}–${Math.round(i.high * 100)}%` : "";

/** One lesson's questions: prompt as learners see it, attempts, correct rate with its interval, option shares. */
export function QuestionList({
  rows,
  total,
  headingId,
}: {
  rows: RenderedQuestionStat[];
  total: number;
  headingId: string;
}) {
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-lg font-semibold">
        Questions ({rows.length < total ? `${rows.length} of ${total}` : total})
      </h3>
      <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
        {rows.map((q) => (
          <li key={q.id} className="space-y-2 p-3" data-testid={`analysis-${q.id}`}>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className={prose} dangerouslySetInnerHTML={{ __html: q.promptHtml }} />
              <FlagBadges flags={q.flags} />
            </div>
            <p className="text-xs text-slate-600">
              <Link
                href={`/teach/questions/${q.id}`}
                className="font-medium text-brand-700 underline"
                aria-label={`Edit question ${q.id}`}
              >
                {q.id}
              </Link>{" "}
              · {questionTypeLabels[q.type as QuestionType] ?? q.type}
              {q.status === "draft" ? " · draft" : ""}
            </p>
            <p className="text-sm text-slate-800">
              {pluralize(q.attempts, "attempt")}
              {q.attempts > 0 && (
                <>
                  {" "}
                  · {percent(q.correctRate)} correct{" "}
                  <span className="text-slate-600">(95% interval {range(q.correctInterval)})</span>{" "}
                  · median {seconds(q.medianMs)}
                </>
              )}
            </p>
            {q.type !== "typed" || q.attempts > 0 ? (
              <ul className="space-y-1 text-sm" aria-label={`Options of ${q.id}`}>
                {q.options.map((o, i) => (
                  <li key={i} className="flex flex-wrap items-baseline gap-x-2">
                    <span className="w-24 shrink-0 tabular-nums text-slate-800">
                      {q.attempts ? (
                        <>
                          {percent(o.rate)}{" "}
                          <span className="text-xs text-slate-600">{range(o.interval)}</span>
                        </>
                      ) : (
                        "—"
                      )}
                    </span>
                    <span
                      className={`${prose} ${o.correct ? "font-semibold text-green-900" : ""}`}
                      dangerouslySetInnerHTML={{ __html: o.html }}
                    />
                    {o.correct && (
                      <span className="text-xs font-semibold text-green-900">correct</span>
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

"use client";

import Link from "next/link";
import type { QuestionStat } from "@/lib/analysis/questions";
import { FlagBadges } from "./flag-badges";
import { percent, seconds, SortHeader, useSorted } from "./sorting";

const columns = {
  prompt: (q: QuestionStat) => q.prompt,
  attempts: (q: QuestionStat) => q.attempts,
  correct: (q: QuestionStat) => q.correctRate,
  time: (q: QuestionStat) => q.medianMs,
  topWrong: (q: QuestionStat) =>
    Math.max(0, ...q.options.filter((o) => !o.correct).map((o) => o.rate ?? 0)),
  flags: (q: QuestionStat) => q.flags.length,
};

export function QuestionTable({ rows }: { rows: QuestionStat[] }) {
  const { sorted, sort, toggle } = useSorted(rows, columns, "flags");
  const header = (label: string, column: keyof typeof columns) => (
    <SortHeader label={label} column={column} sort={sort} onSort={toggle} />
  );
  return (
    <section aria-labelledby="questions-heading" className="space-y-2">
      <h2 id="questions-heading" className="text-xl font-semibold">
        Questions
      </h2>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              {header("Question", "prompt")}
              {header("Attempts", "attempts")}
              {header("Correct", "correct")}
              {header("Median time", "time")}
              {header("Options picked", "topWrong")}
              {header("Flags", "flags")}
            </tr>
          </thead>
          <tbody>
            {sorted.map((q) => (
              <tr key={q.id} className="border-b border-slate-100 align-top">
                <td className="max-w-xs px-2 py-2">
                  <Link
                    href={`/teach/questions/${q.id}`}
                    className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  >
                    {q.prompt}
                  </Link>
                  <span className="block text-xs text-slate-600">
                    {q.id} · {q.lesson.title} · {q.type.replace("_", " ")}
                    {q.status === "draft" ? " · draft" : ""}
                  </span>
                </td>
                <td className="px-2 py-2 tabular-nums">{q.attempts}</td>
                <td className="px-2 py-2 tabular-nums">{percent(q.correctRate)}</td>
                <td className="px-2 py-2 tabular-nums">{seconds(q.medianMs)}</td>
                <td className="min-w-48 px-2 py-2">
                  <ul className="space-y-0.5">
                    {q.options.map((o, i) => (
                      <li
                        key={i}
                        className={o.correct ? "font-semibold text-green-800" : "text-slate-700"}
                      >
                        {percent(o.rate)} {o.text}
                        {o.correct ? " (correct)" : ""}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="px-2 py-2">
                  <FlagBadges flags={q.flags} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {sorted.length === 0 && (
          <p className="p-4 text-slate-700">No questions match the filter.</p>
        )}
      </div>
    </section>
  );
}

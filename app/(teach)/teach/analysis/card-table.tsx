"use client";

import Link from "next/link";
import type { CardStat } from "@/lib/analysis/flashcards";
import { FlagBadges } from "./flag-badges";
import { percent, SortHeader, useSorted } from "./sorting";
import { pluralize } from "@/lib/format/plural";

const columns = {
  front: (c: CardStat) => c.front,
  learners: (c: CardStat) => c.learners,
  lapses: (c: CardStat) => c.lapses,
  difficulty: (c: CardStat) => c.avgDifficulty,
  retention: (c: CardStat) => c.retention,
  flags: (c: CardStat) => c.flags.length,
};

export function CardTable({
  rows,
  total,
  headingId,
}: {
  rows: CardStat[];
  total: number;
  headingId: string;
}) {
  const { sorted, sort, toggle } = useSorted(rows, columns, "lapses");
  const header = (label: string, column: keyof typeof columns) => (
    <SortHeader label={label} column={column} sort={sort} onSort={toggle} />
  );
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-lg font-semibold">
        Flashcards ({rows.length < total ? `${rows.length} of ${total}` : total})
      </h3>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              {header("Card", "front")}
              {header("Learners", "learners")}
              {header("Lapses", "lapses")}
              {header("Avg. difficulty", "difficulty")}
              {header("Retention", "retention")}
              {header("Flags", "flags")}
            </tr>
          </thead>
          <tbody>
            {sorted.map((c) => (
              <tr key={c.id} className="border-b border-slate-100 align-top">
                <td className="max-w-xs px-2 py-2">
                  <Link
                    href={`/teach/flashcards/${c.id}`}
                    className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  >
                    {c.front}
                  </Link>
                  <span className="block text-xs text-slate-600">
                    {c.id}
                    {c.status === "draft" ? " · draft" : ""}
                  </span>
                </td>
                <td className="px-2 py-2 tabular-nums">{c.learners}</td>
                <td className="px-2 py-2 tabular-nums">{c.lapses}</td>
                <td className="px-2 py-2 tabular-nums">
                  {c.avgDifficulty === null ? "—" : c.avgDifficulty.toFixed(1)}
                </td>
                <td className="px-2 py-2 tabular-nums">
                  {percent(c.retention)}
                  {c.reviews ? (
                    <span className="block text-xs text-slate-600">
                      {pluralize(c.reviews, "review")}
                    </span>
                  ) : null}
                </td>
                <td className="px-2 py-2">
                  <FlagBadges flags={c.flags} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {sorted.length === 0 && <p className="p-4 text-slate-700">No cards match the filter.</p>}
      </div>
    </section>
  );
}

"use client";

import type { ReactNode } from "react";
import type { Pile } from "./deck-state";

/** End of a session: how many known, which are still being learned, and a way to go again. */
export function SessionSummary({
  cards,
  sorted,
  onStudyAgain,
  onStartOver,
}: {
  cards: Array<{ id: string; front: ReactNode }>;
  sorted: Record<string, Pile>;
  onStudyAgain: (ids: string[]) => void;
  onStartOver: () => void;
}) {
  const learning = cards.filter((c) => sorted[c.id] === "learning");
  const known = cards.filter((c) => sorted[c.id] === "know").length;
  return (
    <section
      aria-labelledby="summary-heading"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5"
    >
      <h2 id="summary-heading" className="text-2xl font-bold" tabIndex={-1}>
        Session complete
      </h2>
      <p className="text-lg text-slate-800">
        Know it: <strong>{known}</strong> · Still learning: <strong>{learning.length}</strong>
      </p>
      {learning.length > 0 && (
        <>
          <h3 className="font-semibold">Still learning</h3>
          <ul className="space-y-2">
            {learning.map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-200 p-3">
                {c.front}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="flex flex-wrap gap-3">
        {learning.length > 0 && (
          <button
            type="button"
            onClick={() => onStudyAgain(learning.map((c) => c.id))}
            className="rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700"
          >
            Study these again
          </button>
        )}
        <button
          type="button"
          onClick={onStartOver}
          className="rounded-md border border-slate-400 px-5 py-2 font-semibold text-slate-800 hover:bg-slate-50"
        >
          Study all cards again
        </button>
      </div>
    </section>
  );
}

"use client";

import { RichText } from "./rich-text";

/** The options as a radio group; the number before each is its key (1–4). */
export function Choices({
  options,
  selected,
  onSelect,
  locked,
}: {
  options: Array<{ id: string; html: string }>;
  selected: string | null;
  onSelect: (id: string) => void;
  locked: boolean;
}) {
  return (
    <fieldset className="space-y-2" disabled={locked}>
      <legend className="sr-only">Choose an answer</legend>
      {options.map((o, i) => (
        <label
          key={o.id}
          // The choice's own state, not :checked: React resets the form after its action.
          className={`flex cursor-pointer items-start gap-3 rounded-lg border p-3 hover:border-brand-600 has-focus-visible:outline-3 has-focus-visible:outline-brand-600 has-disabled:cursor-default ${selected === o.id ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}
        >
          <input
            type="radio"
            name="choice"
            value={o.id}
            checked={selected === o.id}
            onChange={() => onSelect(o.id)}
            data-choice={i + 1}
            className="mt-1 size-4 shrink-0 accent-brand-600"
          />
          <span
            aria-hidden="true"
            className="mt-0.5 w-5 shrink-0 rounded bg-slate-100 text-center font-mono text-sm text-slate-700"
          >
            {i + 1}
          </span>
          <RichText html={o.html} inline className="min-w-0 flex-1 text-slate-900" />
          {locked && selected === o.id && (
            <span className="shrink-0 text-sm font-medium text-slate-700">Your answer</span>
          )}
        </label>
      ))}
    </fieldset>
  );
}

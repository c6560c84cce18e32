"use client";

import {
  TERM_LAYOUT_LABELS,
  termLayouts,
  type TermLayout,
} from "@/lib/transfer/import/sources/terms/reading";
import type { PreviewResult } from "@/lib/transfer/import/index";
import { pluralize } from "@/lib/format/plural";

type Report = NonNullable<Extract<PreviewResult, { ok: true }>["layout"]>;

const label = (layout: Report["layout"]) =>
  layout === "custom" ? "your separators" : TERM_LAYOUT_LABELS[layout].toLowerCase();

/**
 * How a term list was read, and — when the reader was not sure — a choice of layout that reads
 * the text again and refreshes the preview (the select belongs to the import form: choosing
 * submits it). Each layout says how many cards it finds.
 */
export function LayoutChoice({
  report,
  value,
  pending,
  form,
}: {
  report: Report;
  value: TermLayout | "";
  pending: boolean;
  /** The id of the form it submits. */
  form: string;
}) {
  const found = new Map(report.candidates.map((c) => [c.layout, c.cards]));
  const unsure = !report.confident && !value;
  return (
    <div
      className={`space-y-2 rounded-md border p-3 text-sm ${unsure ? "border-amber-400 bg-amber-50 text-amber-950" : "border-slate-200 bg-white text-slate-800"}`}
    >
      <p>
        {unsure ? "Not sure how this page is laid out. " : ""}
        Read as: <strong>{label(report.layout)}</strong>.
        {unsure ? " Check the cards below, or choose the layout that matches the page:" : ""}
      </p>
      {report.layout !== "custom" && (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="preview-layout" className="font-medium">
            Layout
          </label>
          <select
            id="preview-layout"
            name="layout"
            form={form}
            defaultValue={value}
            disabled={pending}
            onChange={(e) => e.currentTarget.form?.requestSubmit()}
            className="rounded-md border border-slate-400 bg-white px-2 py-1 text-slate-900"
          >
            <option value="">Detect</option>
            {termLayouts.map((layout) => (
              <option key={layout} value={layout} disabled={!found.has(layout)}>
                {TERM_LAYOUT_LABELS[layout]} —{" "}
                {found.has(layout) ? pluralize(found.get(layout) ?? 0, "card") : "no cards"}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

"use client";

import type { TermLayout } from "@/lib/transfer/import/sources/terms/reading";
import type { UploadFormat } from "@/lib/transfer/import/types";
import { FieldError } from "@/components/forms/form-status";
import { errorAt, type FieldErrors } from "@/lib/validations/form-state";

export type Source = {
  text: string;
  fileName?: string;
  format: UploadFormat;
  termSeparator: string;
  cardSeparator: string;
  /** Term lists: a layout chosen in the preview; empty = detect. */
  layout: TermLayout | "";
};

const FORMATS: Array<[UploadFormat, string]> = [
  ["auto", "Detect"],
  ["quizgecko", "Quizgecko lesson page"],
  ["terms", "Term list (study site page, Quizlet export)"],
  ["anki", "Anki plain-text export"],
  ["csv", "CSV/TSV with a header"],
];
const input = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900";

export function SourceFields({
  value,
  onChange,
  errors,
}: {
  value: Source;
  onChange: (v: Source) => void;
  errors?: FieldErrors;
}) {
  const set = (patch: Partial<Source>) => onChange({ ...value, ...patch });
  const err = (name: string) => errorAt(errors, name);
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">1. What to import</legend>
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
          Upload a file
        </label>
        <input
          id="import-file"
          type="file"
          accept=".txt,.csv,.tsv,.tab,text/plain,text/csv"
          aria-describedby="import-file-hint"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) set({ text: await file.text(), fileName: file.name, layout: "" });
          }}
          className="block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-slate-50 file:px-3 file:py-1.5"
        />
        <p id="import-file-hint" className="text-sm text-slate-600">
          Its text appears below, where you can still edit it.
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor="import-text" className="block text-sm font-medium text-slate-800">
          …or paste text
        </label>
        <textarea
          id="import-text"
          name="text"
          value={value.text}
          aria-invalid={err("text") ? true : undefined}
          aria-describedby={err("text") ? "import-text-error" : undefined}
          onChange={(e) => set({ text: e.target.value, fileName: value.fileName, layout: "" })}
          rows={8}
          spellCheck={false}
          className={`${input} font-mono text-sm`}
        />
        <FieldError id="import-text-error" error={err("text")} />
        <input type="hidden" name="fileName" value={value.fileName ?? ""} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor="import-format" className="block text-sm font-medium text-slate-800">
            Format
          </label>
          <select
            id="import-format"
            name="format"
            value={value.format}
            onChange={(e) => set({ format: e.target.value as UploadFormat })}
            className={input}
          >
            {FORMATS.map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="term-sep" className="block text-sm font-medium text-slate-800">
            Between term and definition
          </label>
          <input
            id="term-sep"
            name="termSeparator"
            value={value.termSeparator}
            onChange={(e) => set({ termSeparator: e.target.value })}
            placeholder="tab or comma"
            aria-describedby="sep-hint"
            className={input}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="card-sep" className="block text-sm font-medium text-slate-800">
            Between cards
          </label>
          <input
            id="card-sep"
            name="cardSeparator"
            value={value.cardSeparator}
            onChange={(e) => set({ cardSeparator: e.target.value })}
            placeholder="new line or ;"
            aria-describedby="sep-hint"
            className={input}
          />
        </div>
      </div>
      <p id="sep-hint" className="text-sm text-slate-600">
        Term lists only; leave empty to detect. Type <code>\t</code> for a tab, <code>\n</code> for
        a new line.
      </p>
    </fieldset>
  );
}

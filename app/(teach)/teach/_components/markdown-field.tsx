"use client";

import { useEffect, useState } from "react";
import { previewAction } from "@/app/(teach)/teach/actions";
import { describedBy, FieldShell } from "@/components/editor/fields";

/** Markdown with a live preview rendered on the server by the learner pages' own (sanitizing) renderer. */
export function MarkdownField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  rows = 6,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  hint?: string;
  rows?: number;
}) {
  const [html, setHtml] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // Debounced: render once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => {
      void previewAction(value).then((r) => {
        if (r.ok) {
          setHtml(r.html);
          setProblem(null);
        } else setProblem(r.error);
      });
    }, 300);
    return () => clearTimeout(timer);
  }, [value]);

  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <FieldShell
        id={id}
        label={label}
        hint={hint ?? "Markdown: **bold**, `code`, ```python fences, ## sections."}
        error={error}
      >
        <textarea
          id={id}
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint ?? "md", error)}
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 aria-invalid:border-red-700"
        />
      </FieldShell>
      <section
        aria-label={`${label}: preview as learners see it`}
        className="min-w-0 rounded-md border border-dashed border-slate-300 bg-white p-3"
      >
        <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-600">Preview</p>
        {problem && <p className="text-sm text-red-700">{problem}</p>}
        {html !== null && (
          <div
            data-testid={`${id}-preview`}
            className="prose prose-sm prose-slate max-w-none prose-pre:p-4 prose-code:before:content-none prose-code:after:content-none"
            dangerouslySetInnerHTML={{ __html: html }}
          />
        )}
      </section>
    </div>
  );
}

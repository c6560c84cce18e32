"use client";

import { useActionState, useState } from "react";
import { FormMessage, useFocusFirstError } from "@/components/forms/form-status";
import { useHydrated } from "@/components/keyboard/use-key-handler";
import { questionTypeLabels } from "@/lib/content/schema";
import { pluralize } from "@/lib/format/plural";
import type { TermLayout } from "@/lib/transfer/import/sources/terms/reading";
import { importFormAction, type ImportFormState } from "./actions";
import { LayoutChoice } from "./layout-choice";
import { PreviewList } from "./preview-list";
import { SourceFields, type Source } from "./source-fields";
import { TargetFields, type Target } from "./target-fields";

type Course = { slug: string; title: string; lessons: Array<{ slug: string; title: string }> };

const FORM_ID = "import-form";
/** How the preview names what it read. */
const FORMAT_NAMES: Record<string, string> = {
  quizgecko: "Quizgecko page",
  terms: "term list",
  anki: "Anki text export",
  csv: "CSV",
};
const initial: ImportFormState = { ok: false };

/**
 * Paste or upload → Preview → Import (decision 0014: one `useActionState`, the pressed button's
 * `intent` tells the action which). Any edit hides the preview: it must be run again first.
 */
export function ImportForm({ courses }: { courses: Course[] }) {
  const [state, action, pending] = useActionState(importFormAction, initial);
  const formRef = useFocusFirstError(state);
  const hydrated = useHydrated();
  const [source, setSource] = useState<Source>({
    text: "",
    fileName: undefined,
    format: "auto",
    termSeparator: "",
    cardSeparator: "",
    layout: "",
  });
  const [target, setTarget] = useState<Target>({
    courseSlug: courses[0]!.slug,
    mode: "new",
    slug: "",
    title: "",
    publishNow: false,
  });
  // The answer an edit made stale: its preview (and its message) stop showing.
  const [staleState, setStaleState] = useState<ImportFormState | null>(null);
  const edit =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setStaleState(state);
    };
  const current = state === staleState ? initial : state;
  const preview = current.preview;
  const writes = preview
    ? [...preview.plan.questions, ...preview.plan.flashcards].filter(
        (i) => i.status === "new" || i.status === "changed",
      ).length
    : 0;
  const layout = (current.values?.layout ?? "") as TermLayout | "";
  const boxed = current.ok
    ? "rounded-md border border-green-300 bg-green-50 p-3 text-green-900"
    : "rounded-md border border-red-300 bg-red-50 p-3 text-red-800";
  return (
    <div className="space-y-6" data-testid="import-form" data-keys-ready={hydrated}>
      <form
        id={FORM_ID}
        ref={formRef}
        action={action}
        className="space-y-6 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
        noValidate
      >
        <SourceFields value={source} onChange={edit(setSource)} errors={current.fieldErrors} />
        <TargetFields
          courses={courses}
          value={target}
          onChange={edit(setTarget)}
          errors={current.fieldErrors}
        />
        <button
          type="submit"
          name="intent"
          value="preview"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending && !preview ? "Reading…" : "Preview"}
        </button>
      </form>
      <div className="space-y-2">
        <FormMessage state={current} className={current.message ? boxed : ""} />
      </div>
      {preview && (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="text-xl font-semibold">
            Preview: {FORMAT_NAMES[preview.format] ?? preview.format} into &ldquo;
            {preview.plan.lesson.title || preview.plan.lesson.slug}&rdquo;
            {preview.plan.lesson.isNew ? " (new lesson)" : ""}
          </h2>
          <input type="hidden" form={FORM_ID} name="previewHash" value={preview.plan.hash} />
          {preview.layout && (
            <LayoutChoice
              key={layout}
              report={preview.layout}
              value={layout}
              pending={pending}
              form={FORM_ID}
            />
          )}
          {preview.warnings.map((w) => (
            <p key={w} className="text-sm text-amber-900">
              Warning: {w}
            </p>
          ))}
          <PreviewList
            kind="Questions"
            items={preview.plan.questions.map((q) => ({
              ...q,
              text: q.value.prompt,
              question: {
                typeLabel: questionTypeLabels[q.value.type],
                typed: q.value.type === "typed",
                options: q.value.options,
                explanation: q.value.explanation,
              },
            }))}
            counts={preview.counts.questions}
          />
          <PreviewList
            kind="Flashcards"
            items={preview.plan.flashcards.map((c) => ({
              ...c,
              text: `${c.value.front} — ${c.value.back}`,
            }))}
            counts={preview.counts.flashcards}
          />
          <button
            type="submit"
            form={FORM_ID}
            name="intent"
            value="import"
            disabled={pending || (writes === 0 && !preview.plan.lesson.isNew)}
            className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {pending
              ? "Importing…"
              : `Import ${pluralize(writes, "item")}${target.publishNow ? " and publish" : " as drafts"}`}
          </button>
        </section>
      )}
    </div>
  );
}

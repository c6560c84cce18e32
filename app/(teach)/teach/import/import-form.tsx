"use client";

import { useState, useTransition } from "react";
import type { PreviewResult, RunResult } from "@/lib/transfer/import/index";
import type { TermLayout } from "@/lib/transfer/import/sources/terms/reading";
import type { ImportInput } from "@/lib/transfer/import/target";
import { previewImportAction, runImportAction } from "./actions";
import { LayoutChoice } from "./layout-choice";
import { PreviewList } from "./preview-list";
import { SourceFields, type Source } from "./source-fields";
import { TargetFields, type Target } from "./target-fields";
import { pluralize } from "@/lib/format/plural";

type Course = { slug: string; title: string; lessons: Array<{ slug: string; title: string }> };

export function ImportForm({ courses }: { courses: Course[] }) {
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
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [done, setDone] = useState<RunResult | null>(null);
  const [pending, startTransition] = useTransition();

  // Any edit makes the preview stale: it must be run again before importing.
  const edit =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPreview(null);
      setDone(null);
    };
  const input = (from: Source = source): ImportInput => ({
    text: from.text,
    fileName: from.fileName,
    format: from.format,
    termSeparator: from.termSeparator || undefined,
    cardSeparator: from.cardSeparator || undefined,
    layout: from.layout || undefined,
    courseSlug: target.courseSlug,
    publishNow: target.publishNow,
    lesson:
      target.mode === "new"
        ? { mode: "new", slug: target.slug, title: target.title }
        : { mode: "existing", slug: target.slug },
  });
  const onPreview = () =>
    startTransition(async () => {
      setDone(null);
      setPreview(await previewImportAction(input()));
    });
  // Choosing a layout in the preview reads the text again and shows the new preview at once.
  const onLayout = (layout: TermLayout | "") =>
    startTransition(async () => {
      const next = { ...source, layout };
      setSource(next);
      setDone(null);
      setPreview(await previewImportAction(input(next)));
    });
  const onImport = () =>
    startTransition(async () => {
      if (!preview?.ok) return;
      const result = await runImportAction(input(), preview.plan.hash);
      setDone(result);
      if (result.ok) setPreview(null);
    });

  const writes = preview?.ok
    ? [...preview.plan.questions, ...preview.plan.flashcards].filter(
        (i) => i.status === "new" || i.status === "changed",
      ).length
    : 0;
  return (
    <div className="space-y-6">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onPreview();
        }}
        className="space-y-6 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
        noValidate
      >
        <SourceFields value={source} onChange={edit(setSource)} />
        <TargetFields courses={courses} value={target} onChange={edit(setTarget)} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending && !preview ? "Reading…" : "Preview"}
        </button>
      </form>
      <div role="status" aria-live="polite" className="space-y-2">
        {preview && !preview.ok && (
          <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
            Nothing was imported: {preview.error}
          </p>
        )}
        {done && !done.ok && (
          <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
            Nothing was imported: {done.error}
          </p>
        )}
        {done?.ok && (
          <p className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
            Imported into lesson &ldquo;{done.lessonSlug}&rdquo;: {done.stats.created} created,{" "}
            {done.stats.updated} updated, {done.stats.skipped} skipped.
          </p>
        )}
      </div>
      {preview?.ok && (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="text-xl font-semibold">
            Preview: {preview.format} into &ldquo;
            {preview.plan.lesson.title || preview.plan.lesson.slug}&rdquo;
            {preview.plan.lesson.isNew ? " (new lesson)" : ""}
          </h2>
          {preview.layout && (
            <LayoutChoice
              report={preview.layout}
              value={source.layout}
              pending={pending}
              onChoose={onLayout}
            />
          )}
          {preview.warnings.map((w) => (
            <p key={w} className="text-sm text-amber-900">
              Warning: {w}
            </p>
          ))}
          <PreviewList
            kind="Questions"
            items={preview.plan.questions.map((q) => ({ ...q, text: q.value.prompt }))}
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
            type="button"
            onClick={onImport}
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

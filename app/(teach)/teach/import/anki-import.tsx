"use client";

import { useState, useTransition } from "react";
import { fileToBase64, MAX_PACKAGE_BYTES, postPackage } from "@/components/anki/upload";
import { useHydrated } from "@/components/keyboard/use-key-handler";
import { pluralize } from "@/lib/format/plural";
import type { AnkiPlan, AnkiWriteStats } from "@/lib/transfer/import/anki-package/instructor";
import { AnkiPreview } from "./anki-preview";

type Course = { slug: string; title: string };
type Message = { ok: boolean; text: string };

/**
 * An Anki package (.apkg/.colpkg) → Preview → Import. The file goes to POST /api/import/anki as JSON
 * (packages are larger than a server action's 1 MB); any change to the choices hides the preview.
 */
export function AnkiImport({ courses }: { courses: Course[] }) {
  const hydrated = useHydrated();
  const [file, setFile] = useState<File | null>(null);
  const [courseSlug, setCourseSlug] = useState("");
  const [mode, setMode] = useState<"decks" | "sections">("decks");
  const [publishNow, setPublishNow] = useState(false);
  const [plan, setPlan] = useState<AnkiPlan | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, startTransition] = useTransition();
  const changed =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPlan(null);
      setMessage(null);
    };

  const send = (action: "preview" | "import") =>
    startTransition(async () => {
      if (!file) {
        setMessage({ ok: false, text: "Choose an .apkg or .colpkg file first." });
        return;
      }
      if (file.size > MAX_PACKAGE_BYTES) {
        setMessage({ ok: false, text: "The package is over 45 MB; export fewer decks at a time." });
        return;
      }
      const body = {
        action,
        file: await fileToBase64(file),
        fileName: file.name,
        ...(courseSlug ? { courseSlug } : {}),
        mode,
        publishNow,
        ...(action === "import" && plan ? { hash: plan.hash } : {}),
      };
      const answer = await postPackage<{ plan: AnkiPlan; stats?: AnkiWriteStats }>(
        "/api/import/anki",
        body,
      );
      if (!answer.ok) {
        setMessage({ ok: false, text: answer.error });
        if (action === "import") setPlan(null);
        return;
      }
      if (action === "preview") {
        setPlan(answer.plan);
        setMessage(null);
        return;
      }
      const s = answer.stats!;
      setPlan(null);
      setMessage({
        ok: true,
        text: `Imported into ${answer.plan.course.title}: ${pluralize(s.created, "new item")}, ${s.updated} updated, ${s.unchanged} unchanged; ${pluralize(s.lessonsCreated, "new lesson")}, ${pluralize(s.mediaStored, "media file")} stored.`,
      });
    });

  return (
    <section
      aria-labelledby="anki-import"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      data-keys-ready={hydrated}
    >
      <h2 id="anki-import" className="text-xl font-semibold">
        Import an Anki deck
      </h2>
      <p className="text-slate-700">
        An Anki package (.apkg, or a whole collection as .colpkg): Basic, reversed, cloze and
        type-in notes, with tags, images and sounds. Each deck becomes a lesson, or one lesson with
        a section per deck.
      </p>
      <div className="space-y-1">
        <label htmlFor="anki-file" className="block font-medium">
          Anki package
        </label>
        <input
          id="anki-file"
          type="file"
          accept=".apkg,.colpkg"
          onChange={(e) => changed(setFile)(e.target.files?.[0] ?? null)}
          className="block w-full text-sm"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="anki-course" className="block font-medium">
          Course
        </label>
        <select
          id="anki-course"
          value={courseSlug}
          onChange={(e) => changed(setCourseSlug)(e.target.value)}
          className="block w-full max-w-md rounded-md border border-slate-300 px-3 py-2"
        >
          <option value="">The package&apos;s own (new if it isn&apos;t here yet)</option>
          {courses.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="space-y-1">
        <legend className="font-medium">Decks become</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="anki-mode"
            checked={mode === "decks"}
            onChange={() => changed(setMode)("decks")}
          />
          a lesson per deck
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="anki-mode"
            checked={mode === "sections"}
            onChange={() => changed(setMode)("sections")}
          />
          one lesson, a section per deck
        </label>
      </fieldset>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={publishNow}
          onChange={(e) => changed(setPublishNow)(e.target.checked)}
        />
        Publish now (otherwise drafts)
      </label>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => send("preview")}
          disabled={pending}
          className="rounded-md border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-50 disabled:opacity-60"
        >
          {pending && !plan ? "Reading…" : "Preview"}
        </button>
        {plan && (
          <button
            type="button"
            onClick={() => send("import")}
            disabled={pending}
            className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {pending ? "Importing…" : "Import"}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {message && (
          <p
            className={
              message.ok
                ? "rounded-md border border-green-300 bg-green-50 p-3 text-green-900"
                : "rounded-md border border-red-300 bg-red-50 p-3 text-red-800"
            }
          >
            {message.text}
          </p>
        )}
      </div>
      {plan && <AnkiPreview plan={plan} />}
    </section>
  );
}

"use client";

import { useState } from "react";
import { PackageActions, PackageFile, usePackageUpload } from "@/components/anki/package-upload";
import { useHydrated } from "@/components/keyboard/use-key-handler";
import { pluralize } from "@/lib/format/plural";
import type { AnkiPlan, AnkiWriteStats } from "@/lib/transfer/import/anki-package/instructor";
import { AnkiPreview } from "./anki-preview";

type Course = { slug: string; title: string };

/**
 * An Anki package (.apkg/.colpkg) → Preview → Import. The file goes to POST /api/import/anki as JSON
 * (packages are larger than a server action's 1 MB); any change to the choices hides the preview.
 */
export function AnkiImport({ courses }: { courses: Course[] }) {
  const hydrated = useHydrated();
  const [courseSlug, setCourseSlug] = useState("");
  const [mode, setMode] = useState<"decks" | "sections">("decks");
  const [publishNow, setPublishNow] = useState(false);
  const upload = usePackageUpload<AnkiPlan, AnkiWriteStats>({
    route: "/api/import/anki",
    noFile: "Choose an .apkg or .colpkg file first.",
    tooLarge: "The package is over 45 MB; export fewer decks at a time.",
    body: (file) => ({
      fileName: file.name,
      ...(courseSlug ? { courseSlug } : {}),
      mode,
      publishNow,
    }),
    previewErrorHidesPlan: false,
    imported: ({ plan, stats: s }) =>
      `Imported into ${plan.course.title}: ${pluralize(s.created, "new item")}, ${s.updated} updated, ${s.unchanged} unchanged; ${pluralize(s.lessonsCreated, "new lesson")}, ${pluralize(s.mediaStored, "media file")} stored.`,
  });
  const changed =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      upload.reset();
    };

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
      <PackageFile upload={upload} id="anki-file" label="Anki package" accept=".apkg,.colpkg" />
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
      <PackageActions upload={upload} importLabel="Import" reading />
      {upload.plan && <AnkiPreview plan={upload.plan} />}
    </section>
  );
}

"use client";

import { PackageActions, PackageFile, usePackageUpload } from "@/components/anki/package-upload";
import { useHydrated } from "@/components/keyboard/use-key-handler";
import { pluralize } from "@/lib/format/plural";
import type { LearnerPlan, LearnerWriteStats } from "@/lib/transfer/import/anki-package/learner";

/**
 * "Import my Anki collection": the learner's .colpkg/.apkg with its reviews → Preview (cards, notes,
 * reviews, media; what isn't here) → Import. Their history comes in and each card's schedule carries
 * on from Anki; nothing is written before Import, and a second import adds nothing.
 */
export function AnkiCollectionImport() {
  const hydrated = useHydrated();
  const upload = usePackageUpload<LearnerPlan, LearnerWriteStats>({
    route: "/api/import/anki-collection",
    noFile: "Choose your Anki collection (.colpkg) or deck (.apkg) first.",
    tooLarge: "The file is over 45 MB; export fewer decks at a time.",
    previewErrorHidesPlan: true,
    imported: ({ stats: s }) =>
      s.reviews === 0
        ? "Nothing new: every review in this file was imported before."
        : `Imported ${pluralize(s.reviews, "review")} into ${pluralize(s.created + s.merged, "card")}; their schedule carries on from Anki.`,
  });
  const { plan } = upload;

  return (
    <section
      aria-labelledby="anki-collection-import"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 sm:p-8"
      data-keys-ready={hydrated}
    >
      <h2 id="anki-collection-import" className="text-xl font-semibold">
        Bring your Anki reviews
      </h2>
      <p className="text-slate-700">
        Studied these courses in Anki? Export your collection from Anki (File → Export, with
        scheduling) and import it here: your reviews come in and each card&rsquo;s schedule carries
        on where Anki left it, in your time zone and day start. Reviews you already have here are
        kept.
      </p>
      <PackageFile
        upload={upload}
        id="anki-collection-file"
        label="Anki collection or deck"
        accept=".colpkg,.apkg"
      />
      <PackageActions upload={upload} importLabel="Import my reviews" />
      {plan && (
        <div className="space-y-1 text-slate-800" data-testid="anki-collection-preview">
          <p>
            In the file: {pluralize(plan.cards, "card")}; {pluralize(plan.matched, "card")} (
            {pluralize(plan.notes, "note")}) from courses here with{" "}
            {pluralize(plan.reviews, "review")}; {pluralize(plan.media, "media file")}.
          </p>
          <p>
            {pluralize(plan.newReviews, "review")} to import into{" "}
            {pluralize(plan.items.created + plan.items.merged, "card")}
            {plan.items.merged ? ` (${plan.items.merged} merged with your history here)` : ""}
            {plan.alreadyImported ? `; ${plan.alreadyImported} imported before` : ""}.
          </p>
          <p className="text-slate-700">
            Scheduled in your time zone ({plan.dayStart.timeZone}), your day starting at{" "}
            {plan.dayStart.here}:00
            {plan.dayStart.anki !== plan.dayStart.here
              ? ` (Anki started it at ${plan.dayStart.anki}:00; set "The day starts at" above first to keep Anki's)`
              : ""}
            .
          </p>
          {plan.unmatched > 0 && (
            <p className="text-amber-900">
              {pluralize(plan.unmatched, "card")} {plan.unmatched === 1 ? "isn’t" : "aren’t"} in any
              course here and stay out (from {plan.unmatchedDecks.join(", ")}
              {plan.unmatchedDecks.length === 5 ? ", …" : ""}).
            </p>
          )}
          {plan.skipped > 0 && (
            <p className="text-slate-600">
              Left out: {pluralize(plan.skipped, "entry", "entries")} without a rating (rescheduled
              or reset by hand).
            </p>
          )}
        </div>
      )}
    </section>
  );
}

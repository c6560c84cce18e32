/** "Export my progress to Anki": a plain link to the download route, so no script is needed. */
export function ProgressExport() {
  return (
    <section
      aria-labelledby="anki-export"
      className="space-y-2 rounded-xl border border-slate-200 bg-white p-5 sm:p-8"
    >
      <h2 id="anki-export" className="text-xl font-semibold">
        Take your progress to Anki
      </h2>
      <p className="text-slate-700">
        An Anki package (.apkg) of every course, with your reviews and each card&rsquo;s schedule,
        so Anki carries on where you are. Open it with Anki&rsquo;s File → Import.
      </p>
      <a
        href="/api/export/progress"
        download
        className="inline-block rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
      >
        Export my progress to Anki
      </a>
    </section>
  );
}

const SHORTCUTS: Array<[string[], string]> = [
  [["Space"], "Flip the card (or click it)"],
  [["←", "→"], "Previous / next card"],
  [["K", "1"], "Know it"],
  [["L", "2"], "Still learning"],
  [["*"], "Star or unstar the card"],
  [["S"], "Shuffle"],
];

/** The keyboard shortcuts, listed on the page for everyone (not only in a tooltip). */
export function DeckShortcuts() {
  return (
    <section
      aria-labelledby="shortcuts-heading"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="shortcuts-heading" className="mb-2 font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what} className="flex gap-2">
            <dt className="shrink-0">
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && " or "}
                  <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-slate-800">
                    {k}
                  </kbd>
                </span>
              ))}
            </dt>
            <dd className="text-slate-700">{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

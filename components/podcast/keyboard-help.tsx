/** The player's keys, listed on the page. */
const KEYS = [
  ["Space or K", "play / pause"],
  ["→ or N", "next line"],
  ["← or P", "previous line"],
  ["+ / −", "faster / slower (0.75× to 2×)"],
] as const;

export function KeyboardHelp() {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm" open>
      <summary className="cursor-pointer font-medium text-slate-900">Keyboard controls</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {KEYS.map(([key, action]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-slate-900">
                {key}
              </kbd>
            </dt>
            <dd className="text-slate-700">{action}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

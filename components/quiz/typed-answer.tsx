"use client";

/** A typed answer; Enter submits the surrounding form. */
export function TypedAnswer({
  value,
  onChange,
  locked,
  orChoose,
}: {
  value: string;
  onChange: (v: string) => void;
  locked: boolean;
  orChoose: boolean;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor="typed-answer" className="block text-sm font-medium text-slate-800">
        {orChoose ? "Or type what it prints" : "Your answer"}
      </label>
      <input
        id="typed-answer"
        name="response"
        type="text"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        readOnly={locked}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        aria-describedby="typed-answer-hint"
        className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-base text-slate-900 read-only:bg-slate-50"
      />
      <p id="typed-answer-hint" className="text-sm text-slate-600">
        Case, spaces and punctuation at the ends don&apos;t matter. Press Enter to check.
      </p>
    </div>
  );
}

import { buttonClass } from "@/components/editor/fields";

export interface OptionDraft {
  text: string;
  correct: boolean;
}

/** A question's options: text, a "correct" checkbox, move and remove, each labelled with its number. */
export function OptionsField({
  options,
  onChange,
  error,
  typed,
}: {
  options: OptionDraft[];
  onChange: (o: OptionDraft[]) => void;
  error?: string;
  typed: boolean;
}) {
  const update = (i: number, patch: Partial<OptionDraft>) =>
    onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const move = (i: number, by: number) => {
    const next = [...options];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
  };
  return (
    <fieldset className="space-y-2" aria-describedby={error ? "options-error" : "options-hint"}>
      <legend className="text-sm font-medium text-slate-800">
        {typed ? "Accepted answers" : "Options"}
      </legend>
      <p id="options-hint" className="text-sm text-slate-600">
        {typed ? "Every accepted answer is marked correct." : "Mark exactly one option correct."}
      </p>
      <ol className="space-y-2">
        {options.map((o, i) => (
          <li key={i} className="flex flex-wrap items-center gap-2">
            <label htmlFor={`option-${i}`} className="sr-only">
              Option {i + 1} text
            </label>
            <input
              id={`option-${i}`}
              value={o.text}
              onChange={(e) => update(i, { text: e.target.value })}
              // Its own full-width line on phones: beside the controls it was 75 px wide at 390 px.
              className="min-w-0 flex-1 basis-full rounded-md border border-slate-400 px-3 py-1.5 text-sm sm:basis-0"
            />
            <label className="flex items-center gap-1 text-sm text-slate-800">
              <input
                type="checkbox"
                checked={o.correct}
                onChange={(e) => update(i, { correct: e.target.checked })}
                className="h-4 w-4 accent-brand-700"
              />
              Option {i + 1} is correct
            </label>
            <button
              type="button"
              className={buttonClass}
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={`Move option ${i + 1} up`}
            >
              ↑
            </button>
            <button
              type="button"
              className={buttonClass}
              disabled={i === options.length - 1}
              onClick={() => move(i, 1)}
              aria-label={`Move option ${i + 1} down`}
            >
              ↓
            </button>
            <button
              type="button"
              className={buttonClass}
              onClick={() => onChange(options.filter((_, j) => j !== i))}
              aria-label={`Remove option ${i + 1}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={buttonClass}
        onClick={() => onChange([...options, { text: "", correct: typed }])}
      >
        Add option
      </button>
      {error && (
        <p id="options-error" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

import type { ItemStatus } from "@/lib/transfer/import/match";

const STATUS_STYLE: Record<ItemStatus, string> = {
  new: "bg-green-100 text-green-900",
  changed: "bg-blue-100 text-blue-900",
  unchanged: "bg-slate-100 text-slate-800",
  duplicate: "bg-amber-100 text-amber-900",
};

export interface PreviewOption {
  text: string;
  correct: boolean;
}
type Row = {
  status: ItemStatus;
  id: string;
  text: string;
  where: string;
  note?: string;
  /** Questions: the kind of question, its options (the correct one marked) or accepted answers. */
  question?: { typeLabel: string; typed: boolean; options: PreviewOption[]; explanation: string };
};

/** A parsed question's options with the answer marked in words (not colour alone), or its accepted answers. */
function QuestionDetail({ question }: { question: NonNullable<Row["question"]> }) {
  return (
    <div className="w-full space-y-1 pl-1 text-slate-800">
      <p className="text-xs text-slate-600">{question.typeLabel}</p>
      {question.typed ? (
        <p>
          <span className="font-medium">Accepted answers:</span>{" "}
          {question.options.map((o) => o.text).join(" · ")}
        </p>
      ) : (
        <ul className="space-y-0.5" aria-label="Options">
          {question.options.map((o, i) => (
            <li key={i} className={o.correct ? "font-semibold text-green-900" : undefined}>
              {String.fromCharCode(65 + i)}. {o.text}
              {o.correct ? " — answer" : ""}
            </li>
          ))}
        </ul>
      )}
      {question.explanation && (
        <p className="text-slate-700">
          <span className="font-medium">Explanation:</span> {question.explanation}
        </p>
      )}
    </div>
  );
}

/** One kind of item in the preview: counts per status, then every item with its status. */
export function PreviewList({
  kind,
  items,
  counts,
}: {
  kind: string;
  items: Row[];
  counts: Record<ItemStatus, number>;
}) {
  if (items.length === 0) return null;
  const summary = (Object.keys(counts) as ItemStatus[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(", ");
  return (
    <details open className="rounded-xl border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">
        {kind}: {summary}
      </summary>
      <ol className="mt-3 divide-y divide-slate-100">
        {items.map((item, i) => (
          <li key={`${item.where}-${i}`} className="flex flex-wrap items-start gap-2 py-2 text-sm">
            <span
              className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[item.status]}`}
            >
              {item.status}
            </span>
            <span className="font-mono text-xs text-slate-700">{item.id}</span>
            <span className="min-w-0 flex-1 whitespace-pre-wrap break-words text-slate-900">
              {item.text}
            </span>
            {item.question && <QuestionDetail question={item.question} />}
            <span className="w-full text-xs text-slate-600">
              {item.where}
              {item.note ? ` · ${item.note}` : ""}
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}

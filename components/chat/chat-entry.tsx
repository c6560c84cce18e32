import type { ChatEntry } from "@/lib/chat/history";
import { PassageQuote } from "./passage-quote";

/** Answer text with its citation numbers ([1]) as links to the cited passage below. */
function AnswerText({ entry }: { entry: ChatEntry }) {
  const parts = entry.text.split(/(\[\d+\])/);
  return (
    <>
      {parts.map((part, i) => {
        const n = /^\[(\d+)\]$/.exec(part)?.[1];
        const cited = n ? entry.passages[Number(n) - 1] : undefined;
        if (!cited) return part;
        return (
          <a
            key={i}
            href={`#${entry.id}-p${n}`}
            className="text-sm font-semibold text-brand-700 underline underline-offset-2"
            aria-label={`passage ${n}: ${cited.source.title}`}
          >
            [{n}]
          </a>
        );
      })}
    </>
  );
}

/** A question or an answer in the chat log; answers carry their cited passages. */
export function ChatEntryView({ entry }: { entry: ChatEntry }) {
  if (entry.role === "user") {
    return (
      <li className="ml-auto max-w-[85%] rounded-xl bg-brand-700 px-4 py-2 text-white">
        <span className="sr-only">You asked: </span>
        {entry.text}
      </li>
    );
  }
  return (
    <li className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
      <p className="whitespace-pre-line text-slate-900" data-testid="answer">
        <span className="sr-only">Answer: </span>
        {entry.text ? <AnswerText entry={entry} /> : "…"}
      </p>
      {entry.passages.length > 0 && (
        <ol className="space-y-2" aria-label="Cited passages">
          {entry.passages.map((p, i) => (
            <li key={`${p.source.kind}-${p.source.id}`} id={`${entry.id}-p${i + 1}`}>
              <span className="text-xs font-semibold text-slate-600">[{i + 1}]</span>
              <PassageQuote passage={p} />
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

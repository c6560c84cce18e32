import type { ChatEntry } from "@/lib/chat/history";
import { PassageQuote } from "./passage-quote";

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
      <p className="whitespace-pre-line text-slate-900">
        <span className="sr-only">Answer: </span>
        {entry.text || "…"}
      </p>
      {entry.passages.length > 0 && (
        <ol className="space-y-2" aria-label="Cited passages">
          {entry.passages.map((p, i) => (
            <li key={`${p.source.kind}-${p.source.id}`}>
              <span className="text-xs font-semibold text-slate-600">[{i + 1}]</span>
              <PassageQuote passage={p} />
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

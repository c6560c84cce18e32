"use client";
/** The chat: a question box, the log of questions and cited answers (announced politely), and "Clear history". */
import { useId, useState, type FormEvent } from "react";
import { clearChatHistory } from "@/lib/chat/actions";
import type { ChatEntry } from "@/lib/chat/history";
import { ChatEntryView } from "./chat-entry";
import { readAnswer } from "./read-answer";

interface Props {
  endpoint: string;
  courseSlug: string;
  lessonSlug: string | null;
  initial: ChatEntry[];
  placeholder: string;
}

export function ChatBox({ endpoint, courseSlug, lessonSlug, initial, placeholder }: Props) {
  const [entries, setEntries] = useState<ChatEntry[]>(initial);
  const [question, setQuestion] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const updateLast = (patch: Partial<ChatEntry>) =>
    setEntries((all) => [...all.slice(0, -1), { ...all.at(-1)!, ...patch }]);

  async function ask(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const q = question.trim();
    if (!q) return setError("Ask a question: it can't be empty.");
    setBusy(true);
    const now = new Date().toISOString();
    const stamp = Date.now().toString(36);
    setEntries((all) => [
      ...all,
      { id: `q-${stamp}`, role: "user", text: q, passages: [], createdAt: now },
      { id: `a-${stamp}`, role: "assistant", text: "", passages: [], createdAt: now },
    ]);
    try {
      const res = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ q }),
      });
      if (!res.ok) {
        setEntries((all) => all.slice(0, -2));
        setError(
          ((await res.json().catch(() => null)) as { error?: string } | null)?.error ??
            "Something went wrong; try again.",
        );
        return;
      }
      let text = "";
      await readAnswer(res, (e) => {
        if (e.type === "passages") updateLast({ passages: e.passages });
        if (e.type === "reset") updateLast({ text: (text = "") });
        if (e.type === "delta") updateLast({ text: (text += e.text) });
        if (e.type === "done") updateLast({ text: e.result.answer, passages: e.result.passages });
      });
      setQuestion("");
    } catch {
      setEntries((all) => all.slice(0, -2));
      setError("The answer could not be loaded; check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  async function clear() {
    const result = await clearChatHistory({ courseSlug, lessonSlug });
    if (result.ok) setEntries([]);
    else setError(result.error);
  }

  return (
    <div className="space-y-4">
      <div role="log" aria-live="polite" aria-busy={busy} aria-label="Conversation">
        {entries.length === 0 && (
          <p className="text-slate-600">
            No questions yet. Answers quote the course and link to where each passage comes from.
          </p>
        )}
        <ol className="flex flex-col gap-3">
          {entries.map((e) => (
            <ChatEntryView key={e.id} entry={e} />
          ))}
        </ol>
      </div>
      <form onSubmit={ask} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        <label htmlFor={`${id}-q`} className="block font-medium text-slate-900">
          Your question
        </label>
        <textarea
          id={`${id}-q`}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          maxLength={500}
          rows={2}
          placeholder={placeholder}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
          className="block w-full rounded-md border border-slate-400 px-3 py-2 text-base text-slate-900"
        />
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          Enter to ask, Shift+Enter for a new line. Up to 500 characters.
        </p>
        {error && (
          <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <button
            type="submit"
            disabled={busy}
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {busy ? "Answering…" : "Ask"}
          </button>
          <button
            type="button"
            onClick={clear}
            disabled={busy || entries.length === 0}
            className="rounded-md border border-slate-400 px-4 py-2 text-slate-800 hover:bg-slate-50 disabled:opacity-60"
          >
            Clear history
          </button>
        </div>
      </form>
    </div>
  );
}

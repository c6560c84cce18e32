import type { AnswerPassage } from "@/lib/chat/types";

const KIND_LABEL = {
  section: "Section",
  flashcard: "Flashcard",
  question: "Question",
  example: "Example",
} as const;

/** One quoted passage, its key sentence marked, with a link to the exact place it comes from. */
export function PassageQuote({ passage }: { passage: AnswerPassage }) {
  const { text, highlight, source } = passage;
  const parts = highlight
    ? [
        text.slice(0, highlight.start),
        text.slice(highlight.start, highlight.end),
        text.slice(highlight.end),
      ]
    : [text, "", ""];
  return (
    <figure className="rounded-lg border border-slate-200 bg-slate-50 p-3">
      <blockquote className="whitespace-pre-line break-words text-sm text-slate-800">
        {parts[0]}
        {parts[1] && (
          <mark className="rounded bg-yellow-200 px-0.5 text-slate-900">{parts[1]}</mark>
        )}
        {parts[2]}
      </blockquote>
      <figcaption className="mt-2 text-sm">
        <span className="text-slate-700">{KIND_LABEL[source.kind]}: </span>
        <a
          href={source.url}
          className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"
        >
          {source.title}
        </a>
      </figcaption>
    </figure>
  );
}

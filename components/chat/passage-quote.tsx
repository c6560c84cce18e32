import type { AnswerPassage } from "@/lib/chat/types";

const KIND_LABEL = {
  section: "Section",
  flashcard: "Flashcard",
  question: "Question",
  example: "Example",
} as const;

type Segment =
  | { kind: "prose"; start: number; end: number }
  | { kind: "code"; start: number; end: number; html?: string };

/** The passage split into prose and code blocks, in order. */
function segments(passage: AnswerPassage): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const c of [...passage.code].sort((a, b) => a.start - b.start)) {
    if (c.start > at) out.push({ kind: "prose", start: at, end: c.start });
    out.push({ kind: "code", start: c.start, end: c.end, html: c.html });
    at = c.end;
  }
  if (at < passage.text.length) out.push({ kind: "prose", start: at, end: passage.text.length });
  return out;
}

function Prose({ passage, start, end }: { passage: AnswerPassage; start: number; end: number }) {
  const { text, highlight } = passage;
  const slice = text.slice(start, end).trim() === "" ? null : [start, end];
  if (!slice) return null;
  const mark = highlight && highlight.start < end && highlight.end > start ? highlight : null;
  return (
    <p className="whitespace-pre-line break-words">
      {mark ? (
        <>
          {text.slice(start, mark.start)}
          <mark className="rounded bg-yellow-200 px-0.5 text-slate-900">
            {text.slice(mark.start, mark.end)}
          </mark>
          {text.slice(mark.end, end)}
        </>
      ) : (
        text.slice(start, end)
      )}
    </p>
  );
}

/** One quoted passage: prose with its key sentence marked, code highlighted, and a link to its place. */
export function PassageQuote({ passage }: { passage: AnswerPassage }) {
  const { source } = passage;
  return (
    <figure className="rounded-lg border border-slate-200 bg-slate-50 p-3">
      <blockquote className="space-y-2 text-sm text-slate-800">
        {segments(passage).map((s) =>
          s.kind === "prose" ? (
            <Prose key={s.start} passage={passage} start={s.start} end={s.end} />
          ) : s.html ? (
            <div
              key={s.start}
              className="chat-code overflow-x-auto rounded border border-slate-200 text-[0.8125rem] [&_pre]:p-2"
              // Shiki's output on the server, from the course's own code (escaped text in spans).
              dangerouslySetInnerHTML={{ __html: s.html }}
            />
          ) : (
            <pre
              key={s.start}
              className="overflow-x-auto rounded border border-slate-200 bg-white p-2 text-[0.8125rem]"
            >
              <code>{passage.text.slice(s.start, s.end)}</code>
            </pre>
          ),
        )}
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

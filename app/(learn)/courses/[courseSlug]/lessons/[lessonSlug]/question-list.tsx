import { StoredExamplePanel } from "@/components/example-panel/stored";
import { Markdown } from "@/components/markdown";
import { questionTypeLabels } from "@/lib/content/schema";
import { ExampleLinks } from "./example-links";

interface Question {
  id: string;
  type: string;
  prompt: string;
  explanation: string;
  section: string | null;
  options: Array<{ text: string; correct: boolean }>;
  examples: Array<{ exampleId: string }>;
}

const typeLabel: Record<string, string> = questionTypeLabels;

/** With `examplesBelow` (example id → title) an item links to the example shown further down instead of embedding it. */
export function QuestionList({
  questions,
  heading = "Questions",
  examplesBelow,
}: {
  questions: Question[];
  heading?: string;
  examplesBelow?: Record<string, string>;
}) {
  if (examplesBelow && questions.length === 0) return null;
  return (
    <section aria-labelledby="questions-heading" className="space-y-3">
      <h2 id="questions-heading" className="text-xl font-semibold">
        {heading} ({questions.length})
      </h2>
      <ol className="space-y-3">
        {questions.map((q, i) => (
          <li
            key={q.id}
            id={`question-${q.id}`}
            className="rounded-xl border border-slate-200 bg-white p-4"
          >
            <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-600">
              {i + 1} · {typeLabel[q.type] ?? q.type}
            </p>
            <Markdown source={q.prompt} className="prose-sm" />
            {q.type !== "typed" && (
              <ul className="mt-2 list-inside list-[upper-alpha] text-sm text-slate-800">
                {q.options.map((o) => (
                  <li key={o.text}>
                    <Markdown
                      source={o.text}
                      className="prose-sm inline-block align-top [&_p]:my-0"
                    />
                  </li>
                ))}
              </ul>
            )}
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">Show answer</summary>
              <div className="mt-2 space-y-2 rounded-lg bg-slate-50 p-3">
                <p>
                  <span className="font-semibold">Answer:</span>{" "}
                  {q.options
                    .filter((o) => o.correct)
                    .map((o) => o.text)
                    .join(" / ")}
                </p>
                <Markdown source={q.explanation} className="prose-sm" />
                {q.section && (
                  <a className="text-brand-700 underline" href={`#${q.section}`}>
                    Read the section
                  </a>
                )}
                {examplesBelow ? (
                  <ExampleLinks ids={q.examples} titles={examplesBelow} />
                ) : (
                  q.examples.map((e) => (
                    <StoredExamplePanel key={e.exampleId} exampleId={e.exampleId} />
                  ))
                )}
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

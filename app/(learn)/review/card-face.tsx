import dynamic from "next/dynamic";
import type { PanelExample } from "@/lib/sandbox/result-schema";
import type { ReviewCard } from "@/lib/srs/view";

// An example's panel (its editor and output) shows only under a revealed answer: it loads then,
// under its own Suspense boundary (ssr: false gives it one), so the card stays on screen meanwhile.
const ExamplePanel = dynamic(
  () => import("@/components/example-panel").then((m) => ({ default: m.ExamplePanel })),
  { ssr: false },
);

/**
 * Front always; back (answer, explanation, examples) once revealed. HTML is sanitized on the server.
 * `panels`: the examples' panels with their stored runs, from the offline pack (offline they can't be fetched).
 */
export function CardFace({
  card,
  revealed,
  panels,
}: {
  card: ReviewCard;
  revealed: boolean;
  panels?: PanelExample[];
}) {
  const lessonHref = `/courses/${card.courseSlug}/lessons/${card.lessonSlug}`;
  const prose =
    "prose prose-slate max-w-none prose-pre:p-4 prose-code:before:content-none prose-code:after:content-none";
  return (
    <article
      aria-label={card.kind === "question" ? "Question" : "Flashcard"}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-8"
    >
      <p className="text-sm text-slate-600">
        {card.kind === "question" ? "Question" : "Flashcard"} ·{" "}
        <a href={lessonHref} className="text-brand-700 underline">
          {card.lessonTitle}
        </a>
      </p>
      <div
        className={`${prose} text-lg`}
        data-testid="card-front"
        dangerouslySetInnerHTML={{ __html: card.frontHtml }}
      />
      {revealed && (
        <section aria-label="Answer" className="space-y-3 border-t border-slate-200 pt-4">
          <div
            className={prose}
            data-testid="card-back"
            dangerouslySetInnerHTML={{ __html: card.backHtml }}
          />
          {card.examples.map((e) => (
            <ExamplePanel
              key={e.id}
              exampleId={e.id}
              initial={panels?.find((p) => p.id === e.id)}
            />
          ))}
        </section>
      )}
    </article>
  );
}

import { StoredExamplePanel } from "@/components/example-panel/stored";
import { Markdown } from "@/components/markdown";
import { ExampleLinks } from "./example-links";

interface Card {
  id: string;
  front: string;
  back: string;
  kind: string;
  section?: string | null;
  examples: Array<{ exampleId: string }>;
}

/** With `examplesBelow` (example id → title) a card links to the example shown further down instead of embedding it. */
export function FlashcardList({
  cards,
  examplesBelow,
}: {
  cards: Card[];
  examplesBelow?: Record<string, string>;
}) {
  if (examplesBelow && cards.length === 0) return null;
  const terms = cards.every((c) => c.kind === "term");
  return (
    <section aria-labelledby="cards-heading" className="space-y-3">
      <h2 id="cards-heading" className="text-xl font-semibold">
        {terms ? "Terms" : "Flashcards"} ({cards.length})
      </h2>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {cards.map((card) => (
          <div
            key={card.id}
            id={`card-${card.id}`}
            className="min-w-0 rounded-xl border border-slate-200 bg-white p-4"
          >
            <dt className="font-semibold">
              <Markdown source={card.front} className="prose-sm [&_p]:my-0" />
            </dt>
            <dd className="mt-2 border-t border-slate-100 pt-2 text-slate-800">
              <Markdown source={card.back} className="prose-sm [&_p]:my-0" />
              {examplesBelow ? (
                <ExampleLinks ids={card.examples} titles={examplesBelow} />
              ) : (
                card.examples.length > 0 && (
                  <div className="mt-3 space-y-3">
                    {card.examples.map((e) => (
                      <StoredExamplePanel key={e.exampleId} exampleId={e.exampleId} />
                    ))}
                  </div>
                )
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

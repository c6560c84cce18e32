import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { CARD_FILTERS, flaggedCards, type CardFilter } from "@/lib/srs/card-list";
import { CardAction } from "./card-action";

export const metadata: Metadata = { title: "Suspended, buried and leech cards" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ show?: string | string[] }> };

const filterLabels: Record<CardFilter, string> = {
  all: "All",
  suspended: "Suspended",
  buried: "Buried",
  leech: "Leeches",
};

const isFilter = (v: unknown): v is CardFilter =>
  typeof v === "string" && (CARD_FILTERS as readonly string[]).includes(v);

export default async function ReviewCardsPage({ searchParams }: Props) {
  const { show } = await searchParams;
  const filter = isFilter(show) ? show : "all";
  const user = await requirePageUser(`/review/cards${filter === "all" ? "" : `?show=${filter}`}`);
  const cards = await flaggedCards(user, filter);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Suspended, buried and leech cards</h1>
      <p className="text-slate-700">
        Suspended cards stay out of review until you unsuspend them; buried ones come back at the
        start of your next study day. A leech is a card you keep forgetting.{" "}
        <a href="/review" className="text-brand-700 underline">
          Back to review
        </a>
      </p>
      <nav aria-label="Show" className="flex flex-wrap gap-2 text-sm">
        {CARD_FILTERS.map((f) => (
          <a
            key={f}
            href={f === "all" ? "/review/cards" : `/review/cards?show=${f}`}
            aria-current={f === filter ? "page" : undefined}
            className={`rounded-md border px-3 py-1 ${f === filter ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-slate-300 text-slate-800"}`}
          >
            {filterLabels[f]}
          </a>
        ))}
      </nav>
      {cards.length === 0 ? (
        <p className="text-slate-700">No cards here.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Your {filterLabels[filter].toLowerCase()} cards</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Card
                </th>
                <th scope="col" className="py-2 pr-3">
                  Lesson
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3">
                  Lapses
                </th>
                <th scope="col" className="py-2">
                  Actions
                </th>
              </tr>
            </thead>
            <tbody>
              {cards.map((c) => (
                <tr key={c.reviewItemId} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3">
                    <span className="text-slate-600">
                      {c.kind === "question" ? "Question" : "Flashcard"}:{" "}
                    </span>
                    {c.text.length > 140 ? `${c.text.slice(0, 140)}…` : c.text}
                  </td>
                  <td className="py-2 pr-3">{c.lessonTitle}</td>
                  <td className="py-2 pr-3">
                    {[
                      c.suspended && "Suspended",
                      c.buriedUntil &&
                        `Buried until ${c.buriedUntil.toISOString().slice(0, 16).replace("T", " ")} UTC`,
                      c.leech && "Leech",
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </td>
                  <td className="py-2 pr-3">{c.lapses}</td>
                  <td className="space-y-1 py-2">
                    {c.suspended && (
                      <CardAction
                        reviewItemId={c.reviewItemId}
                        action="unsuspend"
                        label={`Unsuspend: ${c.text.slice(0, 60)}`}
                      />
                    )}
                    {c.buriedUntil && (
                      <CardAction
                        reviewItemId={c.reviewItemId}
                        action="unbury"
                        label={`Unbury: ${c.text.slice(0, 60)}`}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

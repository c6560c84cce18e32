import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { CARD_FILTERS, flaggedCards, type CardFilter } from "@/lib/srs/card-list";
import { CardRow } from "./card-row";

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
                {["Card", "Lesson", "Status", "Lapses", "Actions"].map((h) => (
                  <th key={h} scope="col" className="py-2 pr-3">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cards.map((c) => (
                <CardRow key={c.reviewItemId} card={c} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

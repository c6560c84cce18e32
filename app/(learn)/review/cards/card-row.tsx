import type { ListedCard } from "@/lib/srs/card-list";
import { CardAction } from "./card-action";

const short = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** One card of the list: what it is, where from, its flags, and the action that undoes each flag. */
export function CardRow({ card: c }: { card: ListedCard }) {
  const status = [
    c.suspended && "Suspended",
    c.buriedUntil && "Buried until your next study day",
    c.leech && "Leech",
  ].filter(Boolean);
  return (
    <tr className="border-b border-slate-200 align-top">
      <td className="py-2 pr-3">
        <span className="text-slate-600">{c.kind === "question" ? "Question" : "Flashcard"}: </span>
        {short(c.text, 140)}
      </td>
      <td className="py-2 pr-3">{c.lessonTitle}</td>
      <td className="py-2 pr-3">{status.join(" · ")}</td>
      <td className="py-2 pr-3">{c.lapses}</td>
      <td className="space-y-1 py-2">
        {c.suspended && (
          <CardAction
            reviewItemId={c.reviewItemId}
            action="unsuspend"
            label={`Unsuspend: ${short(c.text, 60)}`}
          />
        )}
        {c.buriedUntil && (
          <CardAction
            reviewItemId={c.reviewItemId}
            action="unbury"
            label={`Unbury: ${short(c.text, 60)}`}
          />
        )}
      </td>
    </tr>
  );
}

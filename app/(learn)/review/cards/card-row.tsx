import type { ReactNode } from "react";
import type { BrowseRow } from "@/lib/srs/browse";
import { RATING_LABELS, STATE_LABELS } from "@/lib/srs/browse";
import { pluralize } from "@/lib/format/plural";

const short = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text);

export function dueText(days: number | null): string {
  if (days === null) return "New";
  if (days === 0) return "Today";
  if (days === 1) return "Tomorrow";
  return days > 0 ? `In ${pluralize(days, "day")}` : `${pluralize(-days, "day")} overdue`;
}

/** A cell: a table cell from 640 px up; below that, a labelled line of the row's stacked card. */
function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td className="flex gap-2 py-0.5 sm:table-cell sm:py-2 sm:pr-3">
      <span className="w-24 shrink-0 text-slate-600 sm:hidden">{label}</span>
      <span className="min-w-0 break-words">{children}</span>
    </td>
  );
}

/**
 * A row's own action. The rows sit inside Browse's bulk form (forms can't nest), so this is a plain
 * submit button of that form carrying `card` = "<action>:<review item id>": the form's action does
 * that one card and ignores the selection. A plain post, so it works before (or without) JavaScript.
 */
function RowAction({
  card,
  label,
  children,
}: {
  card: string;
  label: string;
  children: ReactNode;
}) {
  return (
    <button
      type="submit"
      name="card"
      value={card}
      aria-label={label}
      className="mr-2 rounded-md border border-slate-400 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100"
    >
      {children}
    </button>
  );
}

/** One card of the browser: a checkbox for the bulk actions, what it is, its schedule, its flags, and the action that undoes each flag. */
export function CardRow({ card: c }: { card: BrowseRow }) {
  const status = [
    STATE_LABELS[c.state] ?? "New",
    c.suspended && "Suspended",
    c.buried && "Buried until your next study day",
    c.leech && "Leech",
    c.starred && "Starred",
  ].filter(Boolean);
  const name = short(c.text, 60);
  return (
    <tr
      className="mb-3 block rounded-lg border border-slate-200 p-3 align-top sm:mb-0 sm:table-row sm:rounded-none sm:border-0 sm:border-b sm:p-0"
      data-testid="browse-row"
    >
      <td className="block py-1 sm:table-cell sm:py-2 sm:pr-2">
        <input
          type="checkbox"
          name="cards"
          value={c.key}
          aria-label={`Select: ${name}`}
          className="size-5 sm:size-4"
        />
      </td>
      <td className="block py-1 sm:table-cell sm:py-2 sm:pr-3">
        <span className="text-slate-600">{c.kind === "question" ? "Question" : "Flashcard"}: </span>
        <span className="break-words">{short(c.text, 140)}</span>
      </td>
      <Cell label="Lesson">
        {c.lessonTitle} <span className="text-slate-600">({c.courseTitle})</span>
      </Cell>
      <Cell label="Status">{status.join(" · ")}</Cell>
      <Cell label="Due">{dueText(c.dueInDays)}</Cell>
      <Cell label="Interval">
        {c.intervalDays === null ? "—" : pluralize(c.intervalDays, "day")}
      </Cell>
      <Cell label="Difficulty">{c.difficulty === null ? "—" : c.difficulty.toFixed(1)}</Cell>
      <Cell label="Lapses">{c.lapses}</Cell>
      <Cell label="Last rating">{c.lastRating ? (RATING_LABELS[c.lastRating] ?? "—") : "—"}</Cell>
      <td className="block space-y-1 py-1 sm:table-cell sm:py-2">
        {c.reviewItemId && c.suspended && (
          <RowAction card={`unsuspend:${c.reviewItemId}`} label={`Unsuspend: ${name}`}>
            Unsuspend
          </RowAction>
        )}
        {c.reviewItemId && c.buried && (
          <RowAction card={`unbury:${c.reviewItemId}`} label={`Unbury: ${name}`}>
            Unbury
          </RowAction>
        )}
      </td>
    </tr>
  );
}

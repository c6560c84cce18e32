import Link from "next/link";
import type { EntityType } from "@/lib/authoring/snapshot";
import { ItemControls, StatusBadge } from "./item-controls";

export interface ListedItem {
  id: string;
  title: string;
  detail?: string;
  status: string;
  archivedAt: Date | null;
  version: number;
  /** A published item with an edit saved as a draft, not live yet. */
  hasDraft?: boolean;
}

/** One list of a course or lesson (lessons, examples, questions, cards) with edit, history and controls. */
export function ItemList({
  type,
  heading,
  items,
  editPath,
  newHref,
  newLabel,
}: {
  type: EntityType;
  heading: string;
  items: ListedItem[];
  editPath: (id: string) => string;
  newHref?: string;
  newLabel?: string;
}) {
  const headingId = `${type}-list-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-xl font-semibold">
          {heading} ({items.length})
        </h2>
        {newHref && (
          <Link
            href={newHref}
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
          >
            {newLabel}
          </Link>
        )}
      </div>
      {items.length === 0 ? (
        <p className="text-slate-700">None yet.</p>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {items.map((item, i) => (
            <li
              key={item.id}
              className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between"
            >
              <div className="min-w-0">
                <Link
                  href={editPath(item.id)}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  {item.title}
                </Link>{" "}
                <StatusBadge
                  status={item.status}
                  archived={item.archivedAt !== null}
                  hasDraft={item.hasDraft}
                />
                {item.detail && <p className="truncate text-sm text-slate-600">{item.detail}</p>}
                <Link
                  href={`/teach/history/${type}/${encodeURIComponent(item.id)}`}
                  className="text-sm text-slate-700 underline"
                >
                  History
                </Link>
              </div>
              <ItemControls
                item={{
                  type,
                  id: item.id,
                  version: item.version,
                  status: item.status,
                  archived: item.archivedAt !== null,
                  label: item.title.slice(0, 60),
                  first: i === 0,
                  last: i === items.length - 1,
                  hasDraft: item.hasDraft,
                }}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

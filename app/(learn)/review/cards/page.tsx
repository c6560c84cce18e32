import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { browseCards, browseLessons } from "@/lib/srs/browse";
import {
  BROWSE_FILTERS,
  BROWSE_SORTS,
  browseQuerySchema,
  type BrowseFilter,
  type BrowseQuery,
  type BrowseSort,
} from "@/lib/validations/browse";
import { pluralize } from "@/lib/format/plural";
import { BulkForm } from "./bulk-form";
import { CardRow } from "./card-row";

export const metadata: Metadata = { title: "Browse cards" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const filterLabels: Record<BrowseFilter, string> = {
  all: "All",
  due: "Due",
  new: "New",
  suspended: "Suspended",
  buried: "Buried",
  leech: "Leeches",
  flagged: "Suspended, buried or leech",
  starred: "Starred",
};
const sortLabels: Record<BrowseSort, string> = {
  lesson: "Lesson order",
  due: "Due",
  interval: "Interval",
  difficulty: "Difficulty",
  lapses: "Lapses",
  reviewed: "Last reviewed",
};

/** The address of this list with some parameters changed (defaults left out, so links stay short). */
function hrefWith(query: BrowseQuery, change: Partial<BrowseQuery>): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.show !== "all") params.set("show", next.show);
  if (next.course) params.set("course", next.course);
  if (next.lesson) params.set("lesson", next.lesson);
  if (next.sort !== "lesson") params.set("sort", next.sort);
  if (next.dir !== "asc") params.set("dir", next.dir);
  if (next.page > 1) params.set("page", String(next.page));
  const s = params.toString();
  return s ? `/review/cards?${s}` : "/review/cards";
}

/** The table's columns; a column with a sort is a link that sorts by it (again: the other way). */
const columns: { label: string; sort?: BrowseSort }[] = [
  { label: "Card" },
  { label: "Lesson", sort: "lesson" },
  { label: "Status" },
  { label: "Due", sort: "due" },
  { label: "Interval", sort: "interval" },
  { label: "Difficulty", sort: "difficulty" },
  { label: "Lapses", sort: "lapses" },
  { label: "Last rating", sort: "reviewed" },
  { label: "Actions" },
];

/**
 * A column header. Sortable ones link to the list sorted by that column (ascending; the active
 * one's link turns the order round) and the active one carries aria-sort. Below 640 px the headers
 * are hidden with the stacked rows, and the form's Sort by / Order selects do this instead.
 */
function SortHeader({
  label,
  sort,
  query,
}: {
  label: string;
  sort?: BrowseSort;
  query: BrowseQuery;
}) {
  if (!sort)
    return (
      <th scope="col" className="py-2 pr-3">
        {label}
      </th>
    );
  const active = query.sort === sort;
  const dir = active && query.dir === "asc" ? "desc" : "asc";
  const order = (d: "asc" | "desc") => (d === "asc" ? "ascending" : "descending");
  return (
    <th
      scope="col"
      className="py-2 pr-3"
      aria-sort={active ? order(query.dir) : undefined}
      data-testid={`sort-${sort}`}
    >
      <a
        href={hrefWith(query, { sort, dir, page: 1 })}
        className={`inline-flex items-center gap-1 underline-offset-2 hover:underline ${active ? "font-bold text-brand-800" : "text-slate-900"}`}
      >
        {label}
        <span aria-hidden="true" className="text-xs">
          {active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="sr-only">
          {active
            ? `, sorted ${order(query.dir)}; sort ${order(dir)}`
            : `; sort by ${sortLabels[sort].toLowerCase()}`}
        </span>
      </a>
    </th>
  );
}

const field =
  "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-slate-900 w-full sm:w-auto";

export default async function BrowsePage({ searchParams }: Props) {
  const params = await searchParams;
  const parsed = browseQuerySchema.safeParse(params);
  const user = await requirePageUser(parsed.success ? hrefWith(parsed.data, {}) : "/review/cards");
  if (!parsed.success)
    return (
      <div className="mx-auto max-w-4xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">Browse cards</h1>
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-800">
          <p className="font-semibold">This address doesn&apos;t describe a card list:</p>
          <ul className="list-disc pl-5">
            {parsed.error.issues.map((i) => (
              <li key={`${i.path.join(".")}:${i.message}`}>
                {String(i.path[0] ?? "address")}: {i.message}
              </li>
            ))}
          </ul>
        </div>
        <p>
          <a href="/review/cards" className="text-brand-700 underline">
            Show all your cards
          </a>
        </p>
      </div>
    );
  const query = parsed.data;
  const [list, courses] = await Promise.all([browseCards(user, query), browseLessons()]);
  const from = list.total === 0 ? 0 : (list.page - 1) * 50 + 1;
  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <h1 className="text-3xl font-bold tracking-tight">Browse cards</h1>
      <p className="text-slate-700">
        Every card of every course, with your schedule for it. Suspended cards stay out of review
        until you unsuspend them; buried ones come back at the start of your next study day; a leech
        is a card you keep forgetting.{" "}
        <a href="/review" className="text-brand-700 underline">
          Back to review
        </a>{" "}
        ·{" "}
        <a href="/review/custom" className="text-brand-700 underline">
          Custom study
        </a>
      </p>
      <nav aria-label="Show" className="flex flex-wrap gap-2 text-sm">
        {BROWSE_FILTERS.map((f) => (
          <a
            key={f}
            href={hrefWith(query, { show: f, page: 1 })}
            aria-current={f === query.show ? "page" : undefined}
            className={`rounded-md border px-3 py-1 ${f === query.show ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-slate-300 text-slate-800"}`}
          >
            {filterLabels[f]}
          </a>
        ))}
      </nav>
      <form
        method="get"
        action="/review/cards"
        role="search"
        aria-label="Search and sort cards"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:flex sm:flex-wrap sm:items-end"
      >
        {query.show !== "all" && <input type="hidden" name="show" value={query.show} />}
        <label className="grid gap-1 text-sm sm:min-w-64 sm:flex-1">
          Search text
          <input
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            maxLength={200}
            className={field}
          />
        </label>
        <label className="grid gap-1 text-sm">
          Course
          <select name="course" defaultValue={query.course ?? ""} className={field}>
            <option value="">All courses</option>
            {courses.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          Lesson
          <select name="lesson" defaultValue={query.lesson ?? ""} className={field}>
            <option value="">All lessons</option>
            {courses.map((c) => (
              <optgroup key={c.slug} label={c.title}>
                {c.lessons.map((l) => (
                  <option key={l.slug} value={l.slug}>
                    {l.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        {/* Phones: the columns stack and their headers are hidden, so sorting is chosen here. */}
        <label className="grid gap-1 text-sm sm:hidden">
          Sort by
          <select name="sort" defaultValue={query.sort} className={field}>
            {BROWSE_SORTS.map((s) => (
              <option key={s} value={s}>
                {sortLabels[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm sm:hidden">
          Order
          <select name="dir" defaultValue={query.dir} className={field}>
            <option value="asc">Ascending</option>
            <option value="desc">Descending</option>
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800"
        >
          Show cards
        </button>
      </form>
      <p className="text-sm text-slate-700" data-testid="browse-total">
        {list.total === 0
          ? "No cards match."
          : `${pluralize(list.total, "card")}; showing ${from}–${from + list.rows.length - 1}, sorted by ${sortLabels[query.sort].toLowerCase()} (${query.dir === "asc" ? "ascending" : "descending"}).`}
      </p>
      {/* Always there, even with no rows left: its messages (an undo's) stay on screen. */}
      <BulkForm>
        {list.rows.length === 0 ? (
          <p className="text-slate-700">No cards here.</p>
        ) : (
          <table className="block w-full border-collapse text-left text-sm sm:table">
            <caption className="sr-only">
              Your cards: {filterLabels[query.show].toLowerCase()}, page {list.page} of {list.pages}
            </caption>
            <thead className="hidden sm:table-header-group">
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-2">
                  <span className="sr-only">Select</span>
                </th>
                {columns.map(({ label, sort }) => (
                  <SortHeader key={label} label={label} sort={sort} query={query} />
                ))}
              </tr>
            </thead>
            <tbody className="block sm:table-row-group">
              {list.rows.map((c) => (
                <CardRow key={c.key} card={c} />
              ))}
            </tbody>
          </table>
        )}
      </BulkForm>
      {list.pages > 1 && (
        <nav aria-label="Pages" className="flex flex-wrap items-center gap-3 text-sm">
          {list.page > 1 && (
            <a
              href={hrefWith(query, { page: list.page - 1 })}
              rel="prev"
              className="text-brand-700 underline"
            >
              Previous page
            </a>
          )}
          <span>
            Page {list.page} of {list.pages}
          </span>
          {list.page < list.pages && (
            <a
              href={hrefWith(query, { page: list.page + 1 })}
              rel="next"
              className="text-brand-700 underline"
            >
              Next page
            </a>
          )}
        </nav>
      )}
    </div>
  );
}

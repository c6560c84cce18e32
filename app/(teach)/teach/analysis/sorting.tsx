"use client";

import { useMemo, useState } from "react";

export type SortValue = string | number | null;
type Direction = "ascending" | "descending";

/** Rows sorted by one column; empty values (no data yet) always sort last. */
export function useSorted<T>(
  rows: T[],
  columns: Record<string, (row: T) => SortValue>,
  initial: string,
) {
  const [sort, setSort] = useState<{ key: string; dir: Direction }>({
    key: initial,
    dir: "descending",
  });
  const sorted = useMemo(() => {
    const get = columns[sort.key]!;
    const sign = sort.dir === "ascending" ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = get(a);
      const y = get(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return (
        (typeof x === "number" && typeof y === "number"
          ? x - y
          : String(x).localeCompare(String(y))) * sign
      );
    });
  }, [rows, columns, sort]);
  const toggle = (key: string) =>
    setSort((s) => ({
      key,
      dir: s.key === key && s.dir === "descending" ? "ascending" : "descending",
    }));
  return { sorted, sort, toggle };
}

/** A column header whose button sorts the table; aria-sort tells screen readers the order. */
export function SortHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: string;
  sort: { key: string; dir: Direction };
  onSort: (key: string) => void;
}) {
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? sort.dir : "none"} className="px-2 py-2 text-left">
      <button
        type="button"
        onClick={() => onSort(column)}
        className="inline-flex items-center gap-1 font-semibold text-slate-800 hover:text-brand-700"
      >
        {label}
        <span aria-hidden="true" className="text-xs text-slate-600">
          {active ? (sort.dir === "ascending" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}

export const percent = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
export const seconds = (ms: number | null) => (ms === null ? "—" : `${(ms / 1000).toFixed(1)} s`);

import type { ReactNode } from "react";

/** A plain, compact table; the first column names each row for screen readers. */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: ReactNode[][];
}) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          {columns.map((c, i) => (
            <th
              key={c}
              scope="col"
              className={`py-1.5 pr-3 font-semibold text-slate-800 ${i > 0 ? "text-right" : ""}`}
            >
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, r) => (
          <tr key={r} className="border-b border-slate-100">
            {cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row" className="py-1 pr-3 font-normal text-slate-800">
                  {cell}
                </th>
              ) : (
                <td key={i} className="py-1 pr-3 text-right tabular-nums text-slate-800">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

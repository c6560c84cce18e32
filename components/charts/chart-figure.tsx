import type { ReactNode } from "react";

/**
 * A chart with its accessible name and, behind a disclosure, the same numbers as a table:
 * the SVG is one image to assistive technology, the table is what a screen reader reads.
 */
export function ChartFigure({
  id,
  title,
  description,
  children,
  table,
  tableLabel = "Show the numbers as a table",
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  table: ReactNode;
  tableLabel?: string;
}) {
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <figcaption>
        <span id={`${id}-title`} className="block text-lg font-semibold">
          {title}
        </span>
        {description && <span className="mt-1 block text-sm text-slate-700">{description}</span>}
      </figcaption>
      {children}
      <details>
        <summary className="cursor-pointer rounded text-sm font-medium text-brand-700 hover:underline">
          {tableLabel}
        </summary>
        <div
          className="mt-2 max-h-80 overflow-auto"
          role="region"
          aria-label={`${title}: table`}
          tabIndex={0}
        >
          {table}
        </div>
      </details>
    </figure>
  );
}

/**
 * Keeps a wide chart legible on a phone: it scrolls sideways (the keyboard can scroll it too).
 * `startAtEnd` opens it scrolled to the newest days, via a reversed flex row, without script.
 */
export function ScrollRegion({
  label,
  children,
  startAtEnd = false,
  minWidth = "min-w-full",
}: {
  label: string;
  children: ReactNode;
  startAtEnd?: boolean;
  minWidth?: string;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`flex overflow-x-auto pb-1 ${startAtEnd ? "flex-row-reverse" : ""}`}
    >
      <div className={`shrink-0 ${minWidth}`}>{children}</div>
    </div>
  );
}

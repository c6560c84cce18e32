"use client";
/**
 * The header's links, theme toggle and sign-out: in the row on wide screens, behind a Menu button
 * on phones so the sticky header stays one row (it took three or four rows, a quarter of the
 * screen). Also publishes the header's height as --header-h, which headings' scroll-margin and
 * the sticky section list use: the one place the header is measured. A layout effect, so the value
 * is there before any other component's effect scrolls (the results heading), not only after the
 * ResizeObserver's first callback.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

export function HeaderMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const header = ref.current?.closest("header");
    if (!header) return;
    const publish = () =>
      document.documentElement.style.setProperty(
        "--header-h",
        `${header.getBoundingClientRect().height}px`,
      );
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="flex items-center"
      onKeyDown={(e) => {
        if (e.key === "Escape") setOpen(false);
      }}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpen((o) => !o)}
        className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 sm:hidden"
      >
        Menu <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      <div
        id="site-menu"
        // A followed link closes the menu: the header stays on screen across client navigations.
        onClick={(e) => {
          if ((e.target as HTMLElement).closest("a")) setOpen(false);
        }}
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full flex-col items-start gap-2 border-b border-slate-200 bg-white px-4 py-3 text-sm shadow-lg sm:static sm:flex sm:flex-row sm:flex-wrap sm:items-center sm:justify-end sm:gap-x-3 sm:gap-y-1 sm:border-0 sm:p-0 sm:shadow-none`}
      >
        {children}
      </div>
    </div>
  );
}

"use client";
/**
 * The instructor bar's "More": the lesser links in a disclosure, so the bar stays one row on a
 * 320 px phone. A native <details>, so it opens by keyboard (Enter or Space on "More") and without
 * JavaScript; once hydrated, Escape closes it (focus back on "More"), and so do a click outside and
 * following one of its links (the layout stays mounted across navigations, and so would it, open).
 */
import Link from "next/link";
import { useEffect, useRef } from "react";
import { useHydrated } from "@/components/keyboard/use-key-handler";

export interface MenuLink {
  href: string;
  label: string;
}

export function MoreMenu({ links, className }: { links: MenuLink[]; className: string }) {
  const details = useRef<HTMLDetailsElement>(null);
  const hydrated = useHydrated();
  useEffect(() => {
    const close = (focus: boolean) => {
      const d = details.current;
      if (!d?.open) return;
      d.open = false;
      if (focus) d.querySelector("summary")?.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && details.current?.contains(document.activeElement)) close(true);
    };
    const onClick = (e: MouseEvent) => {
      if (!details.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, []);
  return (
    <details ref={details} className="relative" data-hydrated={hydrated}>
      <summary
        className={`${className} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}
      >
        More <span aria-hidden="true">▾</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 grid min-w-36 rounded-lg border border-slate-200 bg-white p-1 shadow-lg">
        {links.map((l) => (
          <Link
            key={l.href}
            href={l.href}
            className={className}
            onClick={() => {
              if (details.current) details.current.open = false;
            }}
          >
            {l.label}
          </Link>
        ))}
      </div>
    </details>
  );
}

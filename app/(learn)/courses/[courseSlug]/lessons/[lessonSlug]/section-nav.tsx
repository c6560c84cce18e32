"use client";
/**
 * The lesson's sections: a sticky list beside the text on wide screens, a drawer opened from a bar
 * at the bottom of the screen on phones. Marks the current section and the ones already read.
 */
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useHydrated } from "@/components/keyboard/use-key-handler";

export interface NavSection {
  anchor: string;
  title: string;
  href: string;
  read: boolean;
}

export function SectionNav({ sections, current }: { sections: NavSection[]; current: string }) {
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const index = sections.findIndex((s) => s.anchor === current);
  const nav = useRef<HTMLElement>(null);
  // The list scrolls itself (not the page) so the current section is in view: the sticky nav on
  // wide screens, the drawer's list when it opens on phones.
  useEffect(() => {
    const here = nav.current?.querySelector<HTMLElement>('[aria-current="location"]');
    const list = here?.closest("ol");
    const box = list && list.scrollHeight > list.clientHeight ? list : nav.current;
    if (box && here && box.scrollHeight > box.clientHeight)
      box.scrollTop +=
        here.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
  }, [current, open]);
  return (
    <nav
      ref={nav}
      aria-label="Lesson sections"
      data-keys-ready={hydrated}
      className="lg:sticky lg:top-[calc(var(--header-h)+1rem)] lg:max-h-[calc(100vh-var(--header-h)-2rem)] lg:self-start lg:overflow-y-auto"
      onKeyDown={(e) => {
        if (e.key === "Escape") setOpen(false);
      }}
    >
      <div className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white/95 px-4 py-2 backdrop-blur lg:hidden">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="lesson-section-list"
          onClick={() => setOpen((o) => !o)}
          className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-left text-sm font-medium text-slate-800"
        >
          Sections · {index + 1} of {sections.length}
          <span aria-hidden="true" className="float-right">
            {open ? "▾" : "▴"}
          </span>
        </button>
      </div>
      <h2 className="mb-2 hidden text-sm font-semibold text-slate-700 lg:block">In this lesson</h2>
      <ol
        id="lesson-section-list"
        className={
          open
            ? "fixed inset-x-0 bottom-14 z-30 max-h-[60vh] space-y-0.5 overflow-y-auto border-t border-slate-200 bg-white p-3 text-sm shadow-lg lg:static lg:max-h-none lg:border-0 lg:p-0 lg:shadow-none"
            : "hidden space-y-0.5 text-sm lg:block"
        }
      >
        {sections.map((s) => {
          const here = s.anchor === current;
          return (
            <li key={s.anchor}>
              <Link
                href={s.href}
                // Not one prefetch per section (34 in the longest lesson) on every page load.
                prefetch={false}
                onClick={() => setOpen(false)}
                aria-current={here ? "location" : undefined}
                className={`flex gap-2 rounded-md border-l-4 px-2 py-1.5 ${
                  here
                    ? "border-brand-600 bg-brand-50 font-semibold text-brand-800"
                    : "border-transparent text-slate-700 hover:bg-slate-100"
                }`}
              >
                <span aria-hidden="true" className="w-3 shrink-0 text-brand-700">
                  {s.read ? "✓" : ""}
                </span>
                <span className="min-w-0">
                  {s.title}
                  {s.read && <span className="sr-only"> (read)</span>}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

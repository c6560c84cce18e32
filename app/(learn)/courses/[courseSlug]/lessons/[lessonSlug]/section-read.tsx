"use client";

import { useEffect, useRef } from "react";
import type { SectionReadInput } from "@/lib/validations/learner";
import { markSectionReadAction } from "./actions";

/** Time on the section before it can count as read: 3 s, plus 30 ms a word, at most 20 s. */
export function dwellMs(words: number): number {
  return Math.min(20_000, 3_000 + 30 * words);
}

/**
 * A sentinel at the end of the section's text: once it has been on screen and the section has been
 * open for its dwell, the section counts as read (posted once; the page then re-renders its ✓).
 */
export function SectionRead({ section, read }: { section: SectionReadInput; read: boolean }) {
  const end = useRef<HTMLDivElement>(null);
  const { courseSlug, lessonSlug, section: anchor } = section;
  useEffect(() => {
    const sentinel = end.current;
    if (read || !sentinel) return;
    const text = sentinel.parentElement?.textContent ?? "";
    let sawEnd = false;
    let dwelt = false;
    let sent = false;
    const maybeSend = () => {
      if (!sawEnd || !dwelt || sent) return;
      sent = true;
      // The action revalidates the lesson (and the home's counts): its reply re-renders the ✓.
      void markSectionReadAction({ courseSlug, lessonSlug, section: anchor });
    };
    const timer = setTimeout(
      () => {
        dwelt = true;
        maybeSend();
      },
      dwellMs(text.split(/\s+/).filter(Boolean).length),
    );
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        sawEnd = true;
        maybeSend();
      }
    });
    observer.observe(sentinel);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [courseSlug, lessonSlug, anchor, read]);
  return <div ref={end} aria-hidden="true" data-testid="section-end" className="h-px" />;
}

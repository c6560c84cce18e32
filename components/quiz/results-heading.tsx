"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The results' heading, brought into view below the sticky site header (scroll-margin) and
 * focused when the results appear, so the score is the first thing seen and read out.
 */
export function ResultsHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const heading = ref.current;
    if (!heading) return;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: "start" });
  }, []);
  return (
    <h2
      ref={ref}
      id={id}
      tabIndex={-1}
      className="scroll-mt-32 text-2xl font-bold"
      data-testid="results-heading"
    >
      {children}
    </h2>
  );
}

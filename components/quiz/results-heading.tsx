"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The results' heading, brought into view below the sticky site header and focused when the
 * results appear, so the score is the first thing seen and read out. Its scroll margin is the
 * header's height, --header-h, which the header publishes (components/header-menu.tsx).
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
      className="scroll-mt-[calc(var(--header-h)+1rem)] text-2xl font-bold"
      data-testid="results-heading"
    >
      {children}
    </h2>
  );
}

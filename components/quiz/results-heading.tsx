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
    // The sticky header's height depends on the width and on what it holds (the theme toggle made
    // it taller on phones than scroll-mt-32 allowed): measure it rather than guess.
    const header = document.querySelector("body > header, header.sticky");
    if (header) heading.style.scrollMarginTop = `${header.getBoundingClientRect().height + 16}px`;
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

"use client";
/**
 * Old deep links (`…/lessons/x#some-heading`, as chat citations and "read the section" links make)
 * keep working: a heading that isn't in the section on screen is looked up in the lesson's map and
 * the page loads its section (a replace: Back skips the old address), and the browser scrolls to the heading.
 */
import { useEffect } from "react";

export function AnchorResolver({
  sectionOfAnchor,
  base,
}: {
  /** Every heading anchor of the lesson → the `##` section holding it. */
  sectionOfAnchor: Record<string, string>;
  base: string;
}) {
  useEffect(() => {
    const resolve = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id) return;
      const here = document.getElementById(id);
      if (here) return here.scrollIntoView();
      const section = sectionOfAnchor[id];
      if (section)
        window.location.replace(
          `${base}?section=${encodeURIComponent(section)}#${encodeURIComponent(id)}`,
        );
    };
    resolve();
    window.addEventListener("hashchange", resolve);
    return () => window.removeEventListener("hashchange", resolve);
  }, [sectionOfAnchor, base]);
  return null;
}

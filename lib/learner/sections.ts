/**
 * A lesson's reading units: its `##` sections, each with the anchors of the headings inside it, so
 * an old `#anchor` link (a chat citation, a question's "read the section") finds its section.
 */
import { lessonSections } from "../content/markdown-anchors";

export interface ReadingSection {
  anchor: string;
  title: string;
  /** This section's own anchor and those of its `###`… headings. */
  anchors: string[];
}

const cache = new Map<string, ReadingSection[]>();

/** The body's `##` sections in order; text before the first one belongs to the first. Cached by body. */
export function readingSections(body: string): ReadingSection[] {
  const hit = cache.get(body);
  if (hit) return hit;
  const sections: ReadingSection[] = [];
  const early: string[] = [];
  for (const h of lessonSections(body)) {
    const last = sections.at(-1);
    if (h.depth === 2) sections.push({ anchor: h.anchor, title: h.title, anchors: [h.anchor] });
    else if (last) last.anchors.push(h.anchor);
    else early.push(h.anchor);
  }
  if (sections[0]) sections[0].anchors.unshift(...early);
  if (cache.size > 500) cache.clear();
  cache.set(body, sections);
  return sections;
}

/** The `##` section holding this anchor, or undefined. */
export function sectionOf(sections: ReadingSection[], anchor: string | null | undefined) {
  return anchor ? sections.find((s) => s.anchors.includes(anchor)) : undefined;
}

/**
 * Section anchors of a lesson, read from the same remark → rehype tree (markdown-tree.ts) that
 * renders the page, so every heading's anchor is exactly the id it has there: headings with links,
 * emphasis, code, entities or setext underlines included.
 */
import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import { unified } from "unified";
import { markdownTree } from "./markdown-tree";

export interface Section {
  anchor: string;
  title: string;
  depth: number;
  /** Where the heading's own source text starts and ends in the Markdown (offsets). */
  source: { start: number; end: number };
}

const HEADING = /^h([1-6])$/;
const pipeline = unified().use(markdownTree);

/** Only the tree's top-level headings are sections: a heading inside a quote or list stays inside it. */
export function lessonSections(markdown: string): Section[] {
  const tree = pipeline.runSync(pipeline.parse(markdown)) as Root;
  return tree.children.flatMap((child) => {
    const level = child.type === "element" ? HEADING.exec(child.tagName) : null;
    if (!level || child.type !== "element" || typeof child.properties.id !== "string") return [];
    return [
      {
        anchor: child.properties.id,
        title: toString(child).replace(/\s+/g, " ").trim(),
        depth: Number(level[1]),
        source: { start: child.position?.start.offset ?? 0, end: child.position?.end.offset ?? 0 },
      },
    ];
  });
}

/**
 * Section anchors of a lesson, read from the same remark → rehype tree (sanitize, then slug) that
 * renders the page, so every heading's anchor is exactly the id it has there: headings with links,
 * emphasis, code, entities or setext underlines included.
 */
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { sanitizeSchema } from "./markdown-schema";

export interface Section {
  anchor: string;
  title: string;
  depth: number;
  /** Where the heading's own source text starts and ends in the Markdown (offsets). */
  source: { start: number; end: number };
}

const HEADING = /^h([1-6])$/;
const pipeline = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeSlug);

function headings(node: Root | Element, found: Section[]) {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    const level = HEADING.exec(child.tagName);
    if (level && typeof child.properties.id === "string")
      found.push({
        anchor: child.properties.id,
        title: toString(child).replace(/\s+/g, " ").trim(),
        depth: Number(level[1]),
        source: {
          start: child.position?.start.offset ?? 0,
          end: child.position?.end.offset ?? 0,
        },
      });
    else headings(child, found);
  }
  return found;
}

export function lessonSections(markdown: string): Section[] {
  const tree = pipeline.runSync(pipeline.parse(markdown)) as Root;
  return headings(tree, []);
}

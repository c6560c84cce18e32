/** Lesson Markdown → plain text for quoting and speaking: code kept verbatim, markup dropped. */
import type { Nodes, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm);
const BLOCKS = new Set([
  "paragraph",
  "heading",
  "listItem",
  "code",
  "tableRow",
  "blockquote",
  "thematicBreak",
  "html",
]);

function walk(node: Nodes, out: string[]): void {
  if (node.type === "text" || node.type === "inlineCode" || node.type === "code")
    out.push(node.value);
  else if (node.type === "break") out.push("\n");
  else if (node.type === "tableCell") out.push(" ");
  if ("children" in node) for (const child of node.children as Nodes[]) walk(child, out);
  if (BLOCKS.has(node.type)) out.push("\n");
}

// Rebuilding the chat index after one edit reads every card and question again: most are unchanged.
const cache = new Map<string, string>();

export function markdownToPlain(markdown: string): string {
  const hit = cache.get(markdown);
  if (hit !== undefined) return hit;
  const plain = parsePlain(markdown);
  if (cache.size >= 10000) cache.clear();
  cache.set(markdown, plain);
  return plain;
}

function parsePlain(markdown: string): string {
  const out: string[] = [];
  walk(parser.parse(markdown) as Root, out);
  return out
    .join("")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/** Plain text without code blocks: what a podcast host can say aloud. */
export function markdownToProse(markdown: string): string {
  return markdownToPlain(markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, ""));
}

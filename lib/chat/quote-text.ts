/**
 * Markdown → the text a chat answer quotes, with the spans that are code blocks (so the page can
 * show them as highlighted code, indentation kept) and everything else as plain prose.
 */
import type { Nodes, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { CodeSpan } from "./types";

const parser = unified().use(remarkParse).use(remarkGfm);
const BLOCKS = new Set(["paragraph", "heading", "listItem", "blockquote", "html"]);

type Piece = { code: false; value: string } | { code: true; value: string; lang: string };

function walk(node: Nodes, out: Piece[]): void {
  if (node.type === "code") {
    out.push({ code: true, value: node.value.replace(/\s+$/, ""), lang: node.lang || "python" });
    return;
  }
  // A table row reads as one line: "SMTP: Sending email, 25, smtplib".
  if (node.type === "tableRow") {
    const cells = node.children.map((cell) => cellText(cell).trim()).filter(Boolean);
    out.push({ code: false, value: `\n${cells[0]}: ${cells.slice(1).join(", ")}\n` });
    return;
  }
  if (node.type === "text" || node.type === "inlineCode")
    out.push({ code: false, value: node.value });
  else if (node.type === "break") out.push({ code: false, value: "\n" });
  if ("children" in node) for (const child of node.children as Nodes[]) walk(child, out);
  if (BLOCKS.has(node.type)) out.push({ code: false, value: "\n" });
}

function cellText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  return "children" in node ? (node.children as Nodes[]).map(cellText).join("") : "";
}

/** Joins prose and code pieces: prose is tidied (no blank lines), code kept verbatim on its own lines. */
export function joinPieces(pieces: Piece[]): { text: string; code: CodeSpan[] } {
  let text = "";
  const code: CodeSpan[] = [];
  let prose = "";
  const flush = () => {
    const tidy = prose.replace(/[ \t]+\n/g, "\n").replace(/\n{2,}/g, "\n");
    text += text ? tidy : tidy.replace(/^\s+/, "");
    prose = "";
  };
  for (const piece of pieces) {
    if (!piece.code) {
      prose += piece.value;
      continue;
    }
    flush();
    if (text && !text.endsWith("\n")) text += "\n";
    code.push({ start: text.length, end: text.length + piece.value.length, lang: piece.lang });
    text += piece.value + "\n";
  }
  flush();
  return { text: text.trimEnd(), code };
}

// The index is rebuilt whenever any content changes; most texts haven't, so their quotes are kept.
const cache = new Map<string, { text: string; code: CodeSpan[] }>();

export function markdownToQuote(markdown: string): { text: string; code: CodeSpan[] } {
  const hit = cache.get(markdown);
  if (hit) return { text: hit.text, code: hit.code.map((c) => ({ ...c })) };
  const pieces: Piece[] = [];
  walk(parser.parse(markdown) as Root, pieces);
  const quote = joinPieces(pieces);
  if (cache.size >= 5000) cache.clear();
  cache.set(markdown, quote);
  return { text: quote.text, code: quote.code.map((c) => ({ ...c })) };
}

export type { Piece };

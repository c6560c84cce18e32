/**
 * Lesson Markdown → sentences a host can say aloud. Code blocks, HTML and headings are not read;
 * a sentence that introduced dropped code ("…which you include with:") loses its dangling clause
 * or goes; lists are read as a series or as sentences, table rows as one sentence each; nothing
 * of the Markdown syntax is left. Every sentence ends in . ! or ? (never a colon).
 */
import type { Nodes, Root, RootContent, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm);

/** One piece of spoken text in reading order, or a gap where something unspoken (code) was. */
type Block =
  { kind: "sentences"; items: string[] } | { kind: "series"; items: string[] } | { kind: "gap" };

/** The words of inline Markdown: code kept as its text, links as their text, images as their alt. */
function inline(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return "\n";
    case "image":
      return node.alt ?? "";
    case "html":
    case "footnoteReference":
    case "imageReference":
      return "";
    default:
      return "children" in node ? (node.children as Nodes[]).map(inline).join("") : "";
  }
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const ENDS = /[.!?]["'”’)\]]*$/;

/** Cleans one sentence and makes it end as a sentence: ; or , become a full stop, a bare end gets one. */
export function finish(sentence: string): string {
  const s = sentence
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/([.!?])[.]+$/, "$1")
    .trim();
  if (!s || ENDS.test(s) || s.endsWith(":")) return s;
  return `${s.replace(/[,;–—-]+$/, "").trimEnd()}.`;
}

const ABBREVIATION = /(?:\b(?:e\.g|i\.e|vs|etc|cf|approx|no|Fig|Dr|Mr|Ms)\.)$/i;

/** Splits prose at sentence ends (a full stop before a capital, quote or digit), not at "e.g." or "s.bind()". */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]["'”’)\]]*\s+(?=["'“‘(]?[A-Z0-9])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const piece = text.slice(start, m.index + m[0].trimEnd().length);
    if (ABBREVIATION.test(piece)) continue;
    out.push(piece);
    start = m.index + m[0].length;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => /[A-Za-z0-9]/.test(s));
}

/** A short list of names ("socket", "bind", "listen") reads as a series; sentences read one by one. */
function isSeries(items: string[]): boolean {
  return items.length > 1 && items.every((i) => words(i) <= 6 && !/[.!?:;]/.test(i));
}

export function joinSeries(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** A paragraph: soft line breaks between short bare lines are a series, else the lines are sentences. */
function paragraphBlock(text: string): Block {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (isSeries(lines)) return { kind: "series", items: lines };
  return { kind: "sentences", items: lines.flatMap(splitSentences) };
}

const cellText = (cell: Table["children"][number]["children"][number]) =>
  inline(cell)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;,:]+$/, "");

/** A header word said before a cell mid-sentence: "Client" → "client". */
const headerWord = (h: string) => (/^[A-Z][a-z]+$/.test(h) ? h.toLowerCase() : h);

function tableRows(table: Table): string[] {
  const [header, ...body] = table.children.map((row) => row.children.map(cellText));
  // Each body row is one sentence: "first cell: the others". A numbered row ("Step | Client |
  // Server") names its columns: "Step 1: client socket(), server socket()".
  return body.map((cells) => {
    const [first = "", ...rest] = cells;
    if (/^\d+$/.test(first) && header) {
      const named = rest
        .map((c, i) => (c ? `${headerWord(header[i + 1] ?? "")} ${c}`.trim() : ""))
        .filter(Boolean);
      return `${header[0] ?? ""} ${first}: ${named.join(", ")}`.trim();
    }
    const others = rest.filter(Boolean);
    return others.length ? `${first}: ${others.join(", ")}` : first;
  });
}

function blocksOf(nodes: RootContent[], out: Block[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case "paragraph":
        out.push(paragraphBlock(inline(node)));
        break;
      case "list": {
        const items: string[] = [];
        const nested: Block[] = [];
        for (const item of node.children) {
          const inner: Block[] = [];
          blocksOf(item.children, inner);
          const spoken = inner.flatMap((b) => (b.kind === "gap" ? [] : b.items)).join(" ");
          if (spoken.trim()) items.push(spoken.trim());
          if (inner.some((b) => b.kind === "gap")) nested.push({ kind: "gap" });
        }
        if (isSeries(items)) out.push({ kind: "series", items });
        else if (items.length)
          out.push({ kind: "sentences", items: items.flatMap(splitSentences) });
        // An item's code block: its lead-in ("…like this:") must not dangle either.
        out.push(...nested.slice(0, 1));
        break;
      }
      case "blockquote":
        blocksOf(node.children, out);
        break;
      case "table":
        out.push({ kind: "sentences", items: tableRows(node) });
        break;
      case "heading":
        break;
      default:
        // code, html, thematic breaks, definitions: nothing to say, but what led into them dangles.
        out.push({ kind: "gap" });
    }
  }
}

const DANGLING_CLAUSE =
  /,\s*(?:which|that|as|like|using|with|for example|for instance|such as|e\.g\.|here|so)\b[^,]*:$/i;

/** A sentence that introduced something not read aloud: cut its dangling clause, or drop it. */
export function withoutLeadIn(sentence: string): string | null {
  const cut = sentence.replace(DANGLING_CLAUSE, "");
  if (cut !== sentence && words(cut) >= 4) return finish(cut);
  return null;
}

// The script is drafted at several lengths from the same sections: parse each text once.
const memo = new Map<string, string[]>();

/** The lesson text as spoken sentences, in order. */
export function spokenSentences(markdown: string): string[] {
  const hit = memo.get(markdown);
  if (hit) return hit;
  const sentences = speak(markdown);
  if (memo.size > 2000) memo.clear();
  memo.set(markdown, sentences);
  return sentences;
}

function speak(markdown: string): string[] {
  const blocks: Block[] = [];
  blocksOf((parser.parse(markdown) as Root).children, blocks);
  const out: string[] = [];
  // A lead-in ("…in a loop:") is completed by what follows it; one whose code was not read is cut.
  const settle = () => {
    const last = out.at(-1);
    if (!last?.endsWith(":")) return;
    const kept = withoutLeadIn(last);
    if (kept) out[out.length - 1] = kept;
    else out.pop();
  };
  const say = (piece: string) => {
    const last = out.at(-1);
    if (last?.endsWith(":")) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  };
  for (const block of blocks) {
    if (block.kind === "gap") {
      settle();
      continue;
    }
    const items = block.items.map((i) => i.replace(/\s+/g, " ").trim()).filter(Boolean);
    if (items.length === 0) continue;
    if (block.kind === "series") say(finish(joinSeries(items)));
    else items.map(finish).forEach(say);
  }
  settle();
  // A lower-case scrap of one or two words ("or.") was the glue between two code blocks.
  return out.filter((s) => !(words(s) <= 2 && /^[a-z]/.test(s)));
}

/** Short inline text (a card's front, a heading) as plain words. */
export function spokenPhrase(markdown: string): string {
  const root = parser.parse(markdown) as Root;
  return root.children
    .filter((n) => n.type !== "code" && n.type !== "html")
    .map((n) => inline(n))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

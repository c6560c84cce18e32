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
  | { kind: "sentences"; items: string[]; labels?: string[] }
  | { kind: "series"; items: string[] }
  | { kind: "gap" };

/** A run of sentences said together: a lead-in with the whole list it announced, a question with its answer. */
export interface SpokenUnit {
  sentences: string[];
  /** The lead-in with only its items' names ("two styles: datagram and stream"), when they have names. */
  summary?: string;
}

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

/** A heading-like name read mid-sentence: "Datagram (connectionless)" → "datagram (connectionless)". */
export function lowerName(name: string): string {
  const [first, ...rest] = name.split(" ");
  const sentenceCase =
    /^[A-Z][a-z]+$/.test(first ?? "") && !rest.some((w) => /^[A-Z][a-z]/.test(w));
  return sentenceCase ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** Each item's name ("Datagram (connectionless): no connection…" → "Datagram (connectionless)"), if all have one. */
function labels(items: string[]): string[] | undefined {
  const names = items.map((i) => /^([^:.!?]{1,60}?):\s/.exec(i)?.[1]?.trim() ?? "");
  const named = names.every((n) => n && words(n) <= 5 && !/^step\s+\d+$/i.test(n));
  return items.length > 1 && named ? names.map(lowerName) : undefined;
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
          out.push({
            kind: "sentences",
            items: items.flatMap(splitSentences),
            labels: labels(items),
          });
        // An item's code block: its lead-in ("…like this:") must not dangle either.
        out.push(...nested.slice(0, 1));
        break;
      }
      case "blockquote":
        blocksOf(node.children, out);
        break;
      case "table":
        {
          const rows = tableRows(node);
          out.push({ kind: "sentences", items: rows, labels: labels(rows) });
          break;
        }
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

// Sentences that talk about the page rather than the lesson: said aloud they point at nothing.
const PAGE_TALK =
  /\b(?:(?:the\s+)?following\s+(?:sections?|code|example|table|program|lines?|snippet|diagram|figure)|(?:see|shown|listed|given|explained|described|mentioned|defined|seen)\s+(?:the\s+[\w-]+\s+)?(?:above|below|earlier\s+on\s+this\s+page)|(?:above|below)\s+(?:code|table|example|program|diagram|figure|snippet)|(?:this|the|that)\s+(?:table|diagram|figure|snippet|listing)\b|(?:this|the)\s+code\s+(?:shows|above|below)|line\s+by\s+line|on\s+this\s+page|the\s+(?:with|try|for|while)\s+form\b|\b(?:the\s+same|this|that)\s+(?:line|snippet|listing)\b)/i;
// A clause that only points at the page (", as explained above") goes; the sentence stays.
const PAGE_CLAUSE =
  /,?\s*\(?(?:as\s+)?(?:see|shown|listed|explained|described|mentioned|defined|seen)\s+(?:the\s+[\w-]+\s+)?(?:above|below|earlier)\)?(?=[,.;:!?]|$)/gi;
// Sentences that only set up what follows ("…depends on what you are building."): without it, nothing.
const SETUP_ONLY =
  /^(?:the\s+)?(?:kind|type|choice|way|form)\b[^.]*\bdepends\s+on\s+(?:what|how|which|whether)\b[^.]*\byou\b|^(?:here(?:'s| is)\s+(?:how|what)|let's\s+(?:look|see))\b/i;
// A sentence announcing a count of things ("ends with two true/false questions") leads into them.
const ANNOUNCES =
  /\b(?:only\s+the\s+first\s+step|as\s+follows|the\s+same\s+(?:general\s+)?(?:format|pattern|structure|steps))\.$|\b(?:two|three|four|five|several|a\s+few)\s+(?:[\w/-]+\s+)?(?:questions|steps|things|ways|styles|kinds|types|rules|parts|cases)\b[^,]*\.$/i;

/** Cleans what points at the page; null when nothing is left to say. */
export function withoutPageTalk(sentence: string): string | null {
  const cut = finish(sentence.replace(PAGE_CLAUSE, ""));
  if (PAGE_TALK.test(cut) || SETUP_ONLY.test(cut) || !cut) return null;
  return cut;
}

// The script is drafted at several lengths from the same sections: parse each text once.
const memo = new Map<string, SpokenUnit[]>();

/** The lesson text as spoken sentences, in order. */
export function spokenSentences(markdown: string): string[] {
  return spokenUnits(markdown).flatMap((u) => u.sentences);
}

/** The lesson text as units that must be said whole (a list with its lead-in, a question with its answer). */
export function spokenUnits(markdown: string): SpokenUnit[] {
  const hit = memo.get(markdown);
  if (hit) return hit;
  const units = speak(markdown);
  if (memo.size > 2000) memo.clear();
  memo.set(markdown, units);
  return units;
}

function speak(markdown: string): SpokenUnit[] {
  const blocks: Block[] = [];
  blocksOf((parser.parse(markdown) as Root).children, blocks);
  const out: SpokenUnit[] = [];
  const lastSentence = () => out.at(-1)?.sentences.at(-1);
  const setLast = (s: string) => {
    const u = out.at(-1)!;
    u.sentences[u.sentences.length - 1] = s;
  };
  // A lead-in ("…in a loop:") is completed by what follows it; one whose code was not read is cut.
  const settle = () => {
    const last = lastSentence();
    if (!last?.endsWith(":")) return;
    const kept = withoutLeadIn(last);
    if (kept) setLast(kept);
    else {
      out.at(-1)!.sentences.pop();
      if (out.at(-1)!.sentences.length === 0) out.pop();
    }
  };
  let afterQuestion = false;
  let questionsLeft = 0; // "ends with two questions": the unit runs on until both are asked
  let open = false; // the last unit takes the next sentences too (an announcement, a question)
  for (const block of blocks) {
    if (block.kind === "gap") {
      settle();
      open = afterQuestion = false;
      questionsLeft = 0;
      continue;
    }
    const items = block.items
      .map((i) => i.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .map((i) => (block.kind === "series" ? i : finish(i)));
    if (items.length === 0) continue;
    const pieces =
      block.kind === "series"
        ? [finish(joinSeries(items.map((i, n) => (n === 0 ? i : lowerName(i)))))]
        : items;
    const leadIn = lastSentence();
    if (leadIn?.endsWith(":")) {
      // The whole block belongs to the lead-in: the first piece completes it, the rest follow.
      const unit = out.at(-1)!;
      const at = unit.sentences.length - 1;
      for (const piece of pieces) {
        const last = lastSentence()!;
        if (last.endsWith(":")) setLast(`${last} ${piece}`);
        else unit.sentences.push(piece);
      }
      if (block.kind === "sentences" && block.labels)
        unit.summary = [
          ...unit.sentences.slice(0, at),
          finish(`${leadIn} ${joinSeries(block.labels)}`),
        ].join(" ");
      open = false;
      continue;
    }
    for (const piece of pieces) {
      const last = lastSentence();
      if (open && last?.endsWith(":")) setLast(`${last} ${piece}`);
      else if (open && out.length) out.at(-1)!.sentences.push(piece);
      else out.push({ sentences: [piece] });
      // A question is said with its answer (a one-word "True." with its reason too).
      const isQuestion = /\?["”’)]*$/.test(piece);
      open =
        piece.endsWith(":") ||
        isQuestion ||
        (afterQuestion && words(piece) <= 2) ||
        ANNOUNCES.test(piece) ||
        (questionsLeft > 0 && !afterQuestion);
      if (isQuestion && questionsLeft > 0) questionsLeft--;
      const announced = /\b(two|three|four|five)\s+(?:[\w/-]+\s+)?questions\b/i.exec(piece);
      if (announced)
        questionsLeft = ["two", "three", "four", "five"].indexOf(announced[1]!.toLowerCase()) + 2;
      afterQuestion = isQuestion;
    }
  }
  settle();
  // Page talk goes; a lower-case scrap of one or two words ("or.") was the glue between two code blocks.
  return out
    .map((u) => ({
      ...u,
      sentences: u.sentences
        .map(withoutPageTalk)
        .filter((s): s is string => s !== null && !(words(s) <= 2 && /^[a-z]/.test(s))),
    }))
    .filter((u) => u.sentences.length > 0);
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

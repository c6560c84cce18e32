/**
 * A pasted page as lines the readers can pair up: line endings and no-break spaces normalised,
 * interface text dropped, the header above "Terms in this set (N)" and the other sets listed
 * after "Students also viewed" cut off. Lines inside ``` fences are kept as they are.
 */
import { chromeMask, isStatedCount, SET_END } from "./chrome";

export interface PageLine {
  text: string;
  /** Inside a ``` fence: never chrome, never split, always part of the side it is in. */
  fenced: boolean;
}

export interface Page {
  /** Content lines; blank lines are kept (as "") where they separate blocks. */
  lines: PageLine[];
  /** The first line of a header that was cut off, usually the set's name. */
  title: string;
  /** "Terms in this set (14)" → 14. */
  stated: number | null;
}

function withFences(texts: string[]): PageLine[] {
  let open = false;
  return texts.map((text) => {
    const fence = /^\s*```/.test(text);
    const line = { text, fenced: open || fence };
    if (fence) open = !open;
    return line;
  });
}

export function readPage(raw: string): Page {
  const texts = raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .split("\n")
    .map((l) => l.trimEnd());
  let lines = withFences(texts);
  let title = "";
  let stated: number | null = null;
  const start = lines.findIndex((l) => !l.fenced && isStatedCount(l.text.trim()));
  if (start >= 0) {
    stated = Number(/\((\d+)\)$/.exec(lines[start]!.text.trim())![1]);
    const header = lines.slice(0, start);
    const mask = chromeMask(header.map((l) => l.text));
    title = header.find((l, i) => l.text.trim() && !mask[i])?.text.trim() ?? "";
    lines = lines.slice(start + 1);
  }
  const end = lines.findIndex((l) => !l.fenced && SET_END.test(l.text.trim()));
  if (end > 0) lines = lines.slice(0, end);
  const mask = chromeMask(lines.map((l) => (l.fenced ? "" : l.text)));
  const kept = lines.filter((_, i) => !mask[i]);
  // One blank line between blocks is enough; none at either end.
  const tidy = kept.filter(
    (l, i) => l.text.trim() || l.fenced || (i > 0 && kept[i - 1]!.text.trim()),
  );
  while (tidy.length && !tidy[0]!.text.trim()) tidy.shift();
  while (tidy.length && !tidy.at(-1)!.text.trim()) tidy.pop();
  return { lines: tidy, title, stated };
}

/** A side of a card: one line trimmed with spaces collapsed; several lines dedented, kept as lines. */
export function tidySide(lines: string[]): string {
  const body = [...lines];
  while (body.length && !body[0]!.trim()) body.shift();
  while (body.length && !body.at(-1)!.trim()) body.pop();
  if (body.length <= 1) return (body[0] ?? "").replace(/\s+/g, " ").trim();
  const indents = body.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = Math.min(...indents);
  return body.map((l) => l.slice(cut).trimEnd()).join("\n");
}

const CODE_LINE =
  /^\s{2,}\S|^\t|[{}();=]|^\s*(def|class|import|from|return|for|while|if|elif|else|try|except|with|print)\b|:$/;

/** Lines that belong to a definition even after the last card: code keeps going, prose doesn't. */
export function looksLikeCode(line: PageLine): boolean {
  return line.fenced || CODE_LINE.test(line.text);
}

/**
 * A definition that is code (indented lines, or most lines ending like statements) is fenced
 * so the card shows it as code; wrapped prose stays a paragraph.
 */
export function fenceCode(side: string): string {
  const lines = side.split("\n");
  if (lines.length < 2 || side.includes("```")) return side;
  const indented = lines.some((l) => /^(\s{2,}|\t)\S/.test(l));
  const statements = lines.filter((l) =>
    /[:{};]$|^\s*[\w.[\]]+\s*(=|:=|\+=)\s*\S|^\s*(def|class|import|from|return|for|while|if|print)\b/.test(
      l,
    ),
  ).length;
  return indented || statements > lines.length / 2 ? "```\n" + side + "\n```" : side;
}

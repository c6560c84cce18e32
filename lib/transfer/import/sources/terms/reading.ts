/** What each layout reader returns, and the layouts a person can pick in the preview. */
import { termLayouts, type RawCard, type TermLayout } from "../types";

export { termLayouts, type TermLayout };

export const TERM_LAYOUT_LABELS: Record<TermLayout, string> = {
  tab: "Tab between term and definition",
  comma: "Comma between term and definition",
  dash: "Dash ( - – — ) between term and definition",
  colon: "Colon between term and definition",
  equals: "Equals sign between term and definition",
  qa: "Q/A (Term/Definition, Front/Back) markers",
  lines: "Term and definition on alternating lines",
  blocks: "Blank-line blocks: term, then its definition",
  "semicolon-rows": "Quizlet export with ; between cards",
};

export interface Reading {
  layout: TermLayout;
  cards: RawCard[];
  /** How much of the page this layout explains, 0–1; the best reading wins. */
  score: number;
  /** A line before the first card, usually the set's name. */
  title: string;
  /** Median character offset of the separator: a tie goes to the one that comes first. */
  position?: number;
  /** Share of card lines with the separator exactly once: a real separator is not repeated. */
  once?: number;
}

/** `1. `, `2) `, `3<TAB>` or a list bullet before a term, when nearly every line has one. */
const NUMBER = /^(?:\d+[.)]?(?:[ \t]+|\t)|[-*•]\s+)/;
export function stripNumbers(lines: string[]): string[] {
  const numbered = lines.filter((l) => NUMBER.test(l)).length;
  return numbered >= 2 && numbered >= 0.8 * lines.length ? lines.map(stripNumber) : lines;
}
export const stripNumber = (line: string) => line.replace(NUMBER, "");

/** A header row ("Term — Definition", "Front<TAB>Back") and anything above it is not a card. */
const HEADER_TERMS = /^(terms?|words?|front|questions?|vocab(ulary)?|english|concept)$/i;
const HEADER_DEFS = /^(definitions?|meanings?|back|answers?|translation|description)$/i;
export function dropHeaderRow(cards: RawCard[]): RawCard[] {
  const at = cards
    .slice(0, 3)
    .findIndex((c) => HEADER_TERMS.test(c.front.trim()) && HEADER_DEFS.test(c.back.trim()));
  return at >= 0 ? cards.slice(at + 1) : cards;
}

/** "- the powerhouse of the cell" → "the powerhouse of the cell", for one-line definitions. */
export function stripDefinitionDash(back: string): string {
  return back.includes("\n") ? back : back.replace(/^[-–•]\s+/, "");
}

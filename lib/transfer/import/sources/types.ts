/** What the parsers read from a source file, before ids, distractors and validation. */

/** A question as the page shows it: every option, or only the correct one and its position. */
export type RawQuestion =
  | { prompt: string; options: Array<{ text: string; correct: boolean }> }
  | { prompt: string; answer: string; /** 0 = A … 3 = D */ position: number };

export interface RawCard {
  front: string;
  back: string;
}

export interface NoteSection {
  heading: string;
  bullets: string[];
}

export interface ParsedSource {
  format: SourceFormat;
  title: string;
  summary: string;
  sections: NoteSection[];
  questions: RawQuestion[];
  cards: RawCard[];
  /** Things skipped while parsing, shown to the user so nothing disappears silently. */
  warnings: string[];
  /** Term lists: the layout that was read, and whether the reader is sure of it. */
  layout?: LayoutReport;
}

/** The readers that produce a ParsedSource (CSV reads straight into upload items). */
export type SourceFormat = "quizgecko" | "terms" | "anki";

/** The layouts a term list can have; a person can pick one in the preview. */
export const termLayouts = [
  "tab",
  "comma",
  "dash",
  "colon",
  "equals",
  "qa",
  "lines",
  "blocks",
  "semicolon-rows",
] as const;
export type TermLayout = (typeof termLayouts)[number];

/** How a term list was read: the layout, whether the reader is sure, and every other reading. */
export interface LayoutReport {
  layout: TermLayout | "custom";
  confident: boolean;
  /** Every layout that finds cards, best first, with how many and its score (0–1). */
  candidates: Array<{ layout: TermLayout; cards: number; score: number }>;
}

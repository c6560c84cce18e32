/** What the readers make of a source, before ids, distractors and validation, and of an upload. */
import type { FlashcardContent, QuestionContent } from "../../../content/schema";

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

/** An item as read from the upload; `id` only when the file names one (a CSV id column). */
export type Incoming<T> = Omit<T, "id"> & { id?: string; where: string };
export type IncomingQuestion = Incoming<QuestionContent>;
export type IncomingCard = Incoming<FlashcardContent>;

export const uploadFormats = ["auto", "quizgecko", "terms", "anki", "csv"] as const;
export type UploadFormat = (typeof uploadFormats)[number];

export interface ParsedUpload {
  format: Exclude<UploadFormat, "auto">;
  title: string;
  summary: string;
  sections: NoteSection[];
  questions: IncomingQuestion[];
  cards: IncomingCard[];
  warnings: string[];
  /** Term lists: the layout read and whether the reader is sure; the preview offers the others. */
  layout?: LayoutReport;
}

export type ParseResult = { ok: true; upload: ParsedUpload } | { ok: false; error: string };

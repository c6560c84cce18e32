/** What an upload holds once parsed, before it is matched against the database. */
import type { FlashcardContent, QuestionContent } from "../../content/schema";
import type { LayoutReport } from "./sources/terms";
import type { NoteSection } from "./sources/types";

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

/** The shapes Chat to Lesson works with: the course as read for retrieval, passages, answers. */
import type { z } from "zod";
import type { askResultSchema, passageSchema, sourceSchema } from "../validations/chat";

export interface CorpusQuestion {
  id: string;
  type: string;
  prompt: string;
  explanation: string;
  correct: string[];
  /** Anchor of the section that teaches it. */
  section: string | null;
}
export interface CorpusCard {
  id: string;
  front: string;
  back: string;
  kind: string;
  section: string | null;
}
export interface CorpusLesson {
  slug: string;
  title: string;
  body: string;
  questions: CorpusQuestion[];
  flashcards: CorpusCard[];
  exampleIds: string[];
}
export interface CorpusExample {
  id: string;
  title: string;
  description: string;
  expected: string;
  files: Array<{ name: string; content: string }>;
}
export interface CourseCorpus {
  slug: string;
  title: string;
  lessons: CorpusLesson[];
  examples: CorpusExample[];
}

/** A code block inside a passage's text, as [start, end) offsets. */
export interface CodeSpan {
  start: number;
  end: number;
  lang: string;
}

export type SourceKind = z.infer<typeof sourceSchema>["kind"];

/** One searchable piece of the course; `key` is unique in the index. */
export interface Passage {
  key: string;
  kind: SourceKind;
  sourceId: string;
  lessonSlug: string;
  /** Every lesson page that shows it (an example can be on several). */
  lessons: string[];
  title: string;
  text: string;
  /** Code blocks in `text`: quoted as highlighted code, never used as an answer sentence. */
  code: CodeSpan[];
  /** Questions this passage answers: quiz prompts and card fronts that point at it. */
  asks: string;
  /** Students' own wording of what it answers (a section's chat notes), one question a line. */
  student: string;
  /** The section's chat notes: the plain-words answer to each group of student questions. */
  notes: Array<{ answer: string; asks: string[] }>;
  url: string;
}

export type Source = z.infer<typeof sourceSchema>;
export type AnswerPassage = z.infer<typeof passageSchema>;
export type AskResult = z.infer<typeof askResultSchema>;

/** The shapes Chat to Lesson works with: the course as read for retrieval, passages, answers. */
import type { z } from "zod";
import type { askResultSchema, passageSchema, sourceSchema } from "../validations/chat";

export interface CorpusQuestion {
  id: string;
  type: string;
  prompt: string;
  explanation: string;
  correct: string[];
}
export interface CorpusCard {
  id: string;
  front: string;
  back: string;
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

export type SourceKind = "section" | "flashcard" | "question" | "example";

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
  url: string;
}

export type Source = z.infer<typeof sourceSchema>;
export type AnswerPassage = z.infer<typeof passageSchema>;
export type AskResult = z.infer<typeof askResultSchema>;

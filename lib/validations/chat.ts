/** Chat to Lesson boundaries: the question a learner asks and the answer the routes return. */
import { z } from "zod";

export const MAX_QUESTION_LENGTH = 500;

export const questionSchema = z
  .string({ error: "Ask a question." })
  .trim()
  .min(1, "Ask a question: it can't be empty.")
  .max(MAX_QUESTION_LENGTH, `Keep the question under ${MAX_QUESTION_LENGTH} characters.`);

export const sourceSchema = z.object({
  kind: z.enum(["section", "flashcard", "question", "example"]),
  id: z.string(),
  title: z.string(),
  url: z.string(),
});

export const passageSchema = z.object({
  text: z.string(),
  source: sourceSchema,
  score: z.number(),
  /** The key sentence, as [start, end) offsets into `text`, for <mark>. */
  highlight: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  /** Code blocks in `text` as [start, end) offsets; `html` is the server's shiki rendering. */
  code: z
    .array(
      z.object({
        start: z.number().int(),
        end: z.number().int(),
        lang: z.string(),
        html: z.string().optional(),
      }),
    )
    .default([]),
});

export const askResultSchema = z.object({
  answer: z.string(),
  /** False when nothing matched well: the passages are then related cards, not an answer. */
  found: z.boolean(),
  passages: z.array(passageSchema),
});

export const storedPassagesSchema = z.array(passageSchema);

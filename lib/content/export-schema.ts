/** The JSON export's shape (`npm run content:export`): tests, backups and instructors rely on it. */
import { z } from "zod";
import { questionTypes, scenarioSchema } from "./schema";

export const exportSchema = z.strictObject({
  courses: z.array(
    z.strictObject({
      slug: z.string(),
      title: z.string(),
      description: z.string(),
      lessons: z.array(
        z.strictObject({
          slug: z.string(),
          title: z.string(),
          summary: z.string(),
          sources: z.array(z.string()),
          body: z.string(),
          questions: z.array(
            z.strictObject({
              id: z.string(),
              type: z.enum(questionTypes),
              prompt: z.string(),
              options: z.array(z.strictObject({ text: z.string(), correct: z.boolean() })),
              explanation: z.string(),
              examples: z.array(z.string()),
              section: z.string().nullable(),
              authored: z.boolean(),
            }),
          ),
          flashcards: z.array(
            z.strictObject({
              id: z.string(),
              front: z.string(),
              back: z.string(),
              examples: z.array(z.string()),
              kind: z.enum(["card", "term"]),
              section: z.string().nullable(),
            }),
          ),
        }),
      ),
      examples: z.array(
        z.strictObject({ id: z.string(), title: z.string(), files: z.record(z.string(), z.string()), scenario: scenarioSchema }),
      ),
    }),
  ),
});

export type ContentExport = z.infer<typeof exportSchema>;

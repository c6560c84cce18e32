/**
 * The JSON export's shape (`npm run content:export`): tests, backups and instructors rely on it.
 * Derived from the content file schemas (one definition of valid content): an unset section is
 * null, defaults are filled, and the study-notes `source` stays in the files.
 */
import { z } from "zod";
import {
  courseFileSchema,
  flashcardSchema,
  lessonFrontMatterSchema,
  questionFieldsSchema,
  questionRules,
  scenarioSchema,
  slugSchema,
} from "./schema";

const section = z.string().nullable();

const exportedQuestion = questionFieldsSchema
  .omit({ source: true })
  .extend({ section })
  .superRefine(questionRules);

const exportedFlashcard = flashcardSchema.omit({ source: true }).extend({ section });

const exportedLesson = lessonFrontMatterSchema.extend({
  body: z.string(),
  questions: z.array(exportedQuestion),
  flashcards: z.array(exportedFlashcard),
});

/** An example folder: its id, its scenario's title, its Python files by name and the scenario. */
const exportedExample = z.strictObject({
  id: slugSchema,
  title: z.string(),
  files: z.record(z.string(), z.string()),
  scenario: scenarioSchema,
});

export const exportSchema = z.strictObject({
  courses: z.array(
    courseFileSchema.extend({
      lessons: z.array(exportedLesson),
      examples: z.array(exportedExample),
    }),
  ),
});

export type ContentExport = z.infer<typeof exportSchema>;

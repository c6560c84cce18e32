/** What the Learn, Match and Test pages may send; the server trusts nothing else. */
import { z } from "zod";
import { questionTypeLabels } from "../content/schema";

const slug = z
  .string()
  .trim()
  .min(1, "Which course or lesson is missing.")
  .max(200)
  .regex(/^[a-z0-9-]+$/, "not a valid slug");
const id = z.string().trim().min(1).max(200);

/** A lesson's cards, or (without lessonSlug) the whole course's. */
export const studyScopeSchema = z.object({ courseSlug: slug, lessonSlug: slug.optional() });
export type StudyScope = z.infer<typeof studyScopeSchema>;

export const learnAnswerSchema = studyScopeSchema
  .extend({
    cardId: id,
    optionId: id.optional(),
    response: z.string().max(2000).optional(),
    timeMs: z.number().int().min(0).max(3_600_000),
  })
  .refine((a) => a.optionId !== undefined || (a.response ?? "").trim() !== "", {
    message: "Choose an option or type an answer.",
  });
export type LearnAnswerInput = z.input<typeof learnAnswerSchema>;

/** Fastest a person can clear 6 pairs (12 clicks); anything quicker is not a real game. */
export const MATCH_MIN_MS = 1_500;
export const MATCH_PAIRS = 6;

export const matchResultSchema = studyScopeSchema.extend({
  lessonSlug: slug,
  timeMs: z
    .number({ error: "The time must be a number of milliseconds." })
    .int("The time must be whole milliseconds.")
    .min(MATCH_MIN_MS, `A game of ${MATCH_PAIRS} pairs takes at least 1.5 seconds.`)
    .max(3_600_000, "A game longer than an hour isn't recorded."),
  pairs: z.number().refine((n) => n === MATCH_PAIRS, { error: `A game has ${MATCH_PAIRS} pairs.` }),
});
export type MatchResultInput = z.input<typeof matchResultSchema>;

export const TEST_TYPES = ["choice", "true_false", "typed", "matching", "output"] as const;
export type TestType = (typeof TEST_TYPES)[number];
/** A test type as the Test page shows it: the question types' own labels, plus matching. */
export const testTypeLabels: Record<TestType, string> = {
  choice: questionTypeLabels.multiple_choice,
  true_false: questionTypeLabels.true_false,
  typed: questionTypeLabels.typed,
  matching: "Matching",
  output: questionTypeLabels.output,
};

/** The test's settings, from the start form (checkboxes `types`, a number `count`). */
export const testSettingsSchema = z.object({
  count: z.coerce
    .number({ error: "Choose how many questions." })
    .int("Choose a whole number of questions.")
    .min(1, "A test has at least 1 question.")
    .max(50, "A test has at most 50 questions."),
  types: z
    .array(z.enum(TEST_TYPES, { error: "Unknown question type." }))
    .min(1, "Choose at least one question type."),
});
export type TestSettings = z.infer<typeof testSettingsSchema>;

/** What the quiz and flashcard pages may send; the server trusts nothing else. */
import { z } from "zod";

const slug = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9-]+$/, "not a valid slug");
const id = z.string().trim().min(1).max(200);

/** "all" or a positive number of questions. */
export const quizCountSchema = z.union([z.literal("all"), z.coerce.number().int().min(1).max(500)]);

export const startQuizSchema = z.object({
  courseSlug: slug,
  lessonSlug: slug.optional(),
  count: quizCountSchema.default("all"),
  // A checkbox: present ("on") when ticked, absent otherwise.
  practice: z
    .union([z.string(), z.boolean()])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});
export type StartQuizInput = z.input<typeof startQuizSchema>;

export const retryMissedSchema = z.object({ attemptId: id });

export const submitAnswerSchema = z
  .object({
    attemptId: id,
    questionId: id,
    optionId: id.optional(),
    response: z.string().max(2000).optional(),
    // Time on the question as the browser measured it; capped so one idle tab can't skew stats.
    timeMs: z.number().int().min(0).max(3_600_000),
  })
  .refine((a) => a.optionId !== undefined || (a.response ?? "").trim() !== "", {
    message: "Choose an option or type an answer.",
  });
export type SubmitAnswerInput = z.input<typeof submitAnswerSchema>;

export const starSchema = z.object({ flashcardId: id, starred: z.boolean() });
export type StarInput = z.input<typeof starSchema>;

import { z } from "zod";
import { isTimeZone } from "../srs/day";

const id = z.string().trim().min(1).max(200);

/** Which card: an existing review item of the learner, or a new flashcard/question (no item yet). */
export const itemRefSchema = z.union([
  z.strictObject({ reviewItemId: id }),
  z.strictObject({ flashcardId: id }),
  z.strictObject({ questionId: id }),
]);
export type ItemRefInput = z.infer<typeof itemRefSchema>;

const courseSlug = z.string().trim().min(1).max(120).optional();

export const rateRequestSchema = z.strictObject({
  itemRef: itemRefSchema,
  rating: z
    .number({ error: "rating must be a number" })
    .int()
    .min(1, "rating must be 1 (Again) to 4 (Easy)")
    .max(4, "rating must be 1 (Again) to 4 (Easy)"),
  requestId: z.string().trim().min(8, "requestId must be at least 8 characters").max(100),
  durationMs: z.number().int().min(0).max(86_400_000),
  courseSlug,
});
export type RateRequest = z.infer<typeof rateRequestSchema>;

export const reviewActionSchema = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("undo"), courseSlug }),
  z.strictObject({ action: z.literal("reset"), itemRef: itemRefSchema, courseSlug }),
]);

const STEP = /^\d+(\.\d+)?[mhd]$/;
const steps = (max: number) =>
  z
    .string()
    .trim()
    .max(200)
    .transform((s) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .refine((list) => list.length <= max, `use at most ${max} steps`)
    .refine(
      (list) => list.every((x) => STEP.test(x)),
      "write steps like 1m, 10m, 1h or 1d, separated by commas",
    )
    .transform((list) => list.join(","));

export const studySettingsSchema = z.object({
  desiredRetention: z.coerce
    .number({ error: "enter a number" })
    .min(0.7, "use at least 0.70")
    .max(0.97, "use at most 0.97"),
  newPerDay: z.coerce
    .number({ error: "enter a whole number" })
    .int("enter a whole number")
    .min(0, "use 0 or more")
    .max(9999, "use at most 9999"),
  maxReviewsPerDay: z.coerce
    .number({ error: "enter a whole number" })
    .int("enter a whole number")
    .min(1, "use at least 1")
    .max(99999, "use at most 99999"),
  learningSteps: steps(10),
  relearningSteps: steps(10),
  timeZone: z
    .string()
    .trim()
    .min(1, "choose a time zone")
    .refine(isTimeZone, "not a time zone this browser knows, e.g. Europe/Berlin"),
  dayStartHour: z.coerce
    .number({ error: "enter an hour" })
    .int("enter a whole hour")
    .min(0, "use 0–23")
    .max(23, "use 0–23"),
});
export type StudySettingsInput = z.infer<typeof studySettingsSchema>;

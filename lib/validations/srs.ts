import { z } from "zod";
import { MAX_STEP_DAYS, MAX_STEPS, splitSteps, stepMinutes } from "./steps";
import { isTimeZone } from "./time-zone";

const id = z.string().trim().min(1).max(200);

/** Which card: an existing review item of the learner, or a new flashcard/question (no item yet). */
export const itemRefSchema = z.union([
  z.strictObject({ reviewItemId: id }),
  z.strictObject({ flashcardId: id }),
  z.strictObject({ questionId: id }),
]);
export type ItemRefInput = z.infer<typeof itemRefSchema>;

const courseSlug = z.string().trim().min(1).max(120).optional();

/** How old an offline rating may be when it is replayed: the offline pack is refused past this age too (lib/offline). */
export const REPLAY_MAX_AGE_DAYS = 7;
/** Devices' clocks differ: a replayed time this far ahead of the server's is taken as now. */
export const REPLAY_CLOCK_SKEW_MS = 120_000;

/** What every rating sends, in the review session and in custom study alike. */
export const ratingFields = {
  itemRef: itemRefSchema,
  rating: z
    .number({ error: "rating must be a number" })
    .int()
    .min(1, "rating must be 1 (Again) to 4 (Easy)")
    .max(4, "rating must be 1 (Again) to 4 (Easy)"),
  requestId: z.string().trim().min(8, "requestId must be at least 8 characters").max(100),
  durationMs: z.number().int().min(0).max(86_400_000),
};

export const rateRequestSchema = z.strictObject({
  ...ratingFields,
  courseSlug,
  /** A rating made offline and replayed (lib/srs/replay.ts): when it was made. */
  reviewedAt: z.iso
    .datetime({
      offset: true,
      error: "reviewedAt must be an ISO date-time, like 2026-12-01T17:00:00Z",
    })
    .transform((s) => new Date(s))
    .refine(
      (d) => d.getTime() <= Date.now() + REPLAY_CLOCK_SKEW_MS,
      "reviewedAt is in the future; check this device's clock",
    )
    .refine(
      (d) => d.getTime() >= Date.now() - REPLAY_MAX_AGE_DAYS * 86_400_000,
      `reviewedAt is more than ${REPLAY_MAX_AGE_DAYS} days ago; an offline rating that old is not replayed`,
    )
    .optional(),
});
export type RateRequest = z.infer<typeof rateRequestSchema>;

export const reviewActionSchema = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("undo"), courseSlug }),
  z.strictObject({ action: z.literal("reset"), itemRef: itemRefSchema, courseSlug }),
  z.strictObject({
    action: z.enum(["suspend", "unsuspend", "bury", "unbury"]),
    itemRef: itemRefSchema,
    courseSlug,
  }),
]);

const steps = z
  .string()
  .trim()
  .max(200, "write at most 200 characters")
  .transform(splitSteps)
  .refine((list) => list.length <= MAX_STEPS, `use at most ${MAX_STEPS} steps`)
  .refine(
    (list) => list.every((x) => stepMinutes(x) !== null),
    `write whole steps from 1m up to ${MAX_STEP_DAYS}d, like 1m, 10m, 1h or 1d, separated by commas`,
  )
  .transform((list) => list.join(","));

/** A number typed in a form; an empty field is missing, not 0 (z.coerce reads "" as 0). */
const typedNumber = (error: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce.number({ error }),
  );
const wholeNumber = (min: number, max: number, range: string) =>
  typedNumber("enter a whole number").pipe(
    z.number().int("enter a whole number").min(min, range).max(max, range),
  );

/** What a new leech gets (StudySettings.leechAction): suspended, or only tagged. */
export const LEECH_ACTIONS = ["suspend", "tag"] as const;
export type LeechAction = (typeof LEECH_ACTIONS)[number];

/** Every bound is one the scheduler and the queue handle (tests/srs/settings.test.ts tries each edge). */
export const studySettingsSchema = z.object({
  desiredRetention: typedNumber("enter a number").pipe(
    z.number().min(0.7, "use at least 0.70").max(0.97, "use at most 0.97"),
  ),
  newPerDay: wholeNumber(0, 9999, "use 0–9999"),
  maxReviewsPerDay: wholeNumber(1, 99999, "use 1–99999"),
  learningSteps: steps,
  relearningSteps: steps,
  timeZone: z
    .string()
    .trim()
    .min(1, "choose a time zone")
    .max(64, "not a time zone this browser knows, e.g. Europe/Berlin")
    .refine(isTimeZone, "not a time zone this browser knows, e.g. Europe/Berlin"),
  dayStartHour: typedNumber("enter an hour").pipe(
    z.number().int("enter a whole hour").min(0, "use 0–23").max(23, "use 0–23"),
  ),
  // The form sends "off" from a hidden field, then "on" from the checkbox when ticked (the last one wins).
  buryRelated: z
    .enum(["on", "off"], { error: "choose on or off" })
    .transform((v) => v === "on")
    .optional(),
  leechThreshold: wholeNumber(1, 99, "use 1–99").optional(),
  leechAction: z.enum(LEECH_ACTIONS, { error: "choose suspend or tag only" }).optional(),
});
export type StudySettingsInput = z.infer<typeof studySettingsSchema>;

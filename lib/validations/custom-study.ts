/**
 * Custom study (/review/custom): what to study outside the schedule, from the session page's URL
 * and in every rating it sends. Review ahead always reschedules (FSRS takes an early review into
 * account); "failed today" and cram leave the schedule alone unless `reschedule` is on, like Anki's
 * filtered deck option "Reschedule cards based on my answers in this deck".
 */
import { z } from "zod";
import { itemRefSchema, ratingFields } from "./srs";

export const AHEAD_MAX_DAYS = 30;
export const CUSTOM_MODES = ["ahead", "failed", "cram"] as const;
export type CustomMode = (typeof CUSTOM_MODES)[number];

/** A checkbox from a GET form or JSON: "on"/"1"/true is on; absent, "off", "0" or false is off. */
const flag = z
  .union([z.boolean(), z.enum(["on", "off", "1", "0", "true", "false"])], {
    error: "reschedule is on or off",
  })
  .optional()
  .transform((v) => v === true || v === "on" || v === "1" || v === "true");

const days = z.coerce
  .number({ error: `days is a whole number from 1 to ${AHEAD_MAX_DAYS}` })
  .int(`days is a whole number from 1 to ${AHEAD_MAX_DAYS}`)
  .min(1, `days is a whole number from 1 to ${AHEAD_MAX_DAYS}`)
  .max(AHEAD_MAX_DAYS, `days is a whole number from 1 to ${AHEAD_MAX_DAYS}`);

export const customSpecSchema = z.discriminatedUnion(
  "mode",
  [
    z.object({ mode: z.literal("ahead"), days }),
    z.object({ mode: z.literal("failed"), reschedule: flag }),
    z.object({
      mode: z.literal("cram"),
      lesson: z.string({ error: "choose a lesson" }).trim().min(1, "choose a lesson").max(120),
      reschedule: flag,
    }),
  ],
  { error: "mode is ahead, failed or cram" },
);
export type CustomSpec = z.infer<typeof customSpecSchema>;

export const customRateSchema = z.strictObject({
  spec: customSpecSchema,
  ...ratingFields,
  /** The card to show next (the client holds the session's list). */
  next: itemRefSchema.nullable(),
});
export type CustomRateRequest = z.infer<typeof customRateSchema>;

export const customUndoSchema = z.strictObject({ action: z.literal("undo") });

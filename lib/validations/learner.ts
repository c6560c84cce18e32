/** A learner's place in a course and their theme choice, as pages and actions hand them over. */
import { z } from "zod";

const slug = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9-]+$/, "a slug is lower-case letters, digits and dashes");

export const placeSchema = z.object({
  courseSlug: slug,
  kind: z.enum(["section", "quiz", "deck"]),
  lessonSlug: slug,
  section: z.string().trim().min(1).max(200).nullish(),
});
export type PlaceInput = z.input<typeof placeSchema>;

/** A lesson section the learner read to its end (posted by the lesson page, lib/learner/places.ts). */
export const sectionReadSchema = z.object({
  courseSlug: slug,
  lessonSlug: slug,
  section: z.string().trim().min(1).max(200),
});
export type SectionReadInput = z.input<typeof sectionReadSchema>;

export const THEMES = ["light", "dark"] as const;
export const themeSchema = z.enum(THEMES, { error: "Choose light or dark." });
export type Theme = z.infer<typeof themeSchema>;

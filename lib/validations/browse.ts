/**
 * The card browser's URL (/review/cards?q=…&show=…&sort=…): what a link or a reload keeps, checked
 * here so a hand-edited address gets a message naming the parameter instead of a broken page. And the
 * bulk actions' form: which cards (keys from the listed rows) and what to do with them.
 */
import { z } from "zod";

export const BROWSE_FILTERS = [
  "all",
  "due",
  "new",
  "suspended",
  "buried",
  "leech",
  "flagged",
  "starred",
] as const;
export type BrowseFilter = (typeof BROWSE_FILTERS)[number];

/** "lesson" is course → lesson → card order; the others are the learner's schedule (cards not met yet last). */
export const BROWSE_SORTS = [
  "lesson",
  "due",
  "interval",
  "difficulty",
  "lapses",
  "reviewed",
] as const;
export type BrowseSort = (typeof BROWSE_SORTS)[number];

export const BROWSE_PAGE_SIZE = 50;
const slug = z.string().trim().min(1).max(120, "is too long");

/** One search parameter given once (a repeated one is refused rather than silently picking one). */
const single = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? Symbol.for("repeated") : v === "" ? undefined : v),
    schema,
  );

/** Unknown parameters are ignored (a tracking tag on a shared link must not break it). */
export const browseQuerySchema = z.object({
  q: single(
    z
      .string({ error: "q is one search text" })
      .trim()
      .max(200, "search for at most 200 characters")
      .optional(),
  ),
  show: single(
    z.enum(BROWSE_FILTERS, { error: `show is one of ${BROWSE_FILTERS.join(", ")}` }).default("all"),
  ),
  sort: single(
    z.enum(BROWSE_SORTS, { error: `sort is one of ${BROWSE_SORTS.join(", ")}` }).default("lesson"),
  ),
  dir: single(z.enum(["asc", "desc"], { error: "dir is asc or desc" }).default("asc")),
  course: single(slug.optional()),
  lesson: single(slug.optional()),
  page: single(
    z.coerce
      .number({ error: "page is a whole number from 1" })
      .int("page is a whole number from 1")
      .min(1, "page is a whole number from 1")
      .max(100_000, "page is at most 100000")
      .default(1),
  ),
});
export type BrowseQuery = z.infer<typeof browseQuerySchema>;

/** A listed row: an existing review item (i:…), or a flashcard (f:…) or question (q:…) not met yet. */
export const cardKeySchema = z
  .string()
  .trim()
  .regex(/^[ifq]:[A-Za-z0-9_-]{1,200}$/, "is not a card from the list");
export type CardKey = z.infer<typeof cardKeySchema>;

export const BULK_ACTIONS = ["suspend", "unsuspend", "reset", "reschedule"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];
export const BULK_MAX = 200;

export const bulkActionSchema = z.strictObject({
  action: z.enum(BULK_ACTIONS, { error: "choose suspend, unsuspend, reset or reschedule" }),
  cards: z
    .array(cardKeySchema)
    .min(1, "select at least one card")
    .max(BULK_MAX, `select at most ${BULK_MAX} cards at once`)
    .transform((keys) => [...new Set(keys)]),
});
export type BulkActionInput = z.infer<typeof bulkActionSchema>;

/**
 * The offline review pack (GET /api/review/offline, kept in IndexedDB by lib/offline/store.ts): the
 * learner's next days of due and new cards as the review page renders them, each card's FSRS state,
 * and the settings and parameters the scheduler needs to rate them offline. Versioned: a pack of
 * another `version`, or one that doesn't parse, is discarded on read and fetched again.
 * Isomorphic (zod only): the route validates what it sends, the browser what it reads back.
 */
import { z } from "zod";
import { panelExampleSchema } from "../sandbox/result-schema";
import type { ItemState } from "../srs/card";

/** Bump when the shape changes: older packs in a browser are then discarded and re-fetched. */
export const PACK_VERSION = 2;
/** How many study days ahead the pack reaches (today included). */
export const PACK_DAYS = 3;
/** At most this many cards in one pack (due first, then new). */
export const PACK_MAX_CARDS = 2000;

const instant = z.iso.datetime({ offset: true });

export const itemStateSchema = z.object({
  due: instant,
  stability: z.number().finite().min(0),
  difficulty: z.number().finite(),
  elapsedDays: z.number().int().min(0),
  scheduledDays: z.number().int().min(0),
  learningSteps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.number().int().min(0).max(3),
  lastReview: instant.nullable(),
});
export type StoredItemState = z.infer<typeof itemStateSchema>;

const contentRef = z.union([
  z.strictObject({ flashcardId: z.string().min(1) }),
  z.strictObject({ questionId: z.string().min(1) }),
]);

export const packCardSchema = z.object({
  /** "f:<flashcardId>" or "q:<questionId>": one key per card, whether or not it has an item yet. */
  key: z.string().min(3),
  ref: contentRef,
  reviewItemId: z.string().nullable(),
  kind: z.enum(["flashcard", "question"]),
  contentId: z.string().min(1),
  frontHtml: z.string(),
  backHtml: z.string(),
  courseSlug: z.string(),
  lessonSlug: z.string(),
  lessonTitle: z.string(),
  examples: z.array(z.object({ id: z.string(), title: z.string() })),
  /** The example panels with their stored last runs, as the review card shows them online. */
  panels: z.array(panelExampleSchema),
  typeAnswer: z.string().optional(),
  /**
   * Its lesson section ("<lessonId>#<section>"), or null outside a named section: a card and a
   * question of one section are siblings (lib/srs/siblings.ts), not both shown the same day.
   */
  siblingGroup: z.string().min(1).nullable(),
  /** The card's schedule now; null for a card never rated (new). */
  item: itemStateSchema.nullable(),
});
export type PackCard = z.infer<typeof packCardSchema>;

export const packSettingsSchema = z.object({
  desiredRetention: z.number().min(0.5).max(0.99),
  learningSteps: z.string(),
  relearningSteps: z.string(),
  /** The FSRS parameters in force (learner → course → default) as the server stores them; null: the defaults. */
  fsrsWeights: z.string().nullable(),
  parameterSource: z.enum(["learner", "course", "default"]),
  timeZone: z.string().min(1),
  dayStartHour: z.number().int().min(0).max(23),
  newPerDay: z.number().int().min(0),
  maxReviewsPerDay: z.number().int().min(0),
  typeAnswer: z.boolean(),
  /** Rating a card buries its siblings until the next study day (the learner's setting). */
  buryRelated: z.boolean(),
});
export type PackSettings = z.infer<typeof packSettingsSchema>;

export const packSchema = z.object({
  version: z.literal(PACK_VERSION),
  userId: z.string().min(1),
  generatedAt: instant,
  /** The course the review page was filtered to, or null for every course. */
  courseSlug: z.string().nullable(),
  settings: packSettingsSchema,
  /** Review-session ratings already made on the pack's study day when it was made (the daily limits). */
  doneToday: z.object({
    studyDay: z.number().int(),
    new: z.number().int().min(0),
    review: z.number().int().min(0),
  }),
  cards: z.array(packCardSchema).max(PACK_MAX_CARDS),
});
export type OfflinePack = z.infer<typeof packSchema>;

export const toStoredState = (s: ItemState): StoredItemState => ({
  ...s,
  due: s.due.toISOString(),
  lastReview: s.lastReview?.toISOString() ?? null,
});
export const fromStoredState = (s: StoredItemState): ItemState => ({
  ...s,
  due: new Date(s.due),
  lastReview: s.lastReview ? new Date(s.lastReview) : null,
});

/**
 * What the IndexedDB outbox holds (lib/offline/outbox.ts), validated on every read: one rating per
 * entry, and the summary a background sync (the service worker) leaves for the review page to show.
 * zod/mini (12 kB in the service worker's bundle, where classic zod would add 450 kB), so the
 * worker's Background Sync replay validates what it reads like the page does.
 */
import * as z from "zod/mini";

const int = (min: number, max?: number) =>
  z.int().check(z.minimum(min), ...(max === undefined ? [] : [z.maximum(max)]));

/** One rating in the IndexedDB outbox: replayed through POST /api/review with its own time. */
export const outboxEntrySchema = z.object({
  id: int(1),
  userId: z.string().check(z.minLength(1)),
  requestId: z.string().check(z.minLength(8), z.maxLength(100)),
  key: z.string().check(z.minLength(3)),
  ref: z.union([
    z.strictObject({ flashcardId: z.string().check(z.minLength(1)) }),
    z.strictObject({ questionId: z.string().check(z.minLength(1)) }),
  ]),
  rating: int(1, 4),
  durationMs: int(0, 86_400_000),
  reviewedAt: z.iso.datetime({ offset: true }),
  /** Already accepted by the server (kept until a pack made after it arrives, so the queue stays right meanwhile). */
  sent: z.boolean(),
  lessonTitle: z.optional(z.string()),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

export const conflictSchema = z.enum([
  "later-rating",
  "later-reset",
  "later-reschedule",
  "suspended",
]);
export type Conflict = z.infer<typeof conflictSchema>;

/** What a sync did that the learner is told: ratings sent, resolved by the conflict rule, refused, discarded. */
export const syncNoticeSchema = z.object({
  sent: int(0),
  conflicts: z.array(z.object({ lessonTitle: z.optional(z.string()), conflict: conflictSchema })),
  refused: z.array(z.object({ lessonTitle: z.optional(z.string()), error: z.string() })),
  discarded: int(0),
});
export type SyncNotice = z.infer<typeof syncNoticeSchema>;

/**
 * What the IndexedDB outbox holds (lib/offline/store.ts), validated on every read: one rating per
 * entry, and the summary a background sync (the service worker) leaves for the review page to show.
 * zod only, so the service worker's bundle takes it without the scheduler.
 */
import { z } from "zod";

/** One rating in the IndexedDB outbox: replayed through POST /api/review with its own time. */
export const outboxEntrySchema = z.object({
  id: z.number().int().positive(),
  userId: z.string().min(1),
  requestId: z.string().min(8).max(100),
  key: z.string().min(3),
  ref: z.union([
    z.strictObject({ flashcardId: z.string().min(1) }),
    z.strictObject({ questionId: z.string().min(1) }),
  ]),
  rating: z.number().int().min(1).max(4),
  durationMs: z.number().int().min(0).max(86_400_000),
  reviewedAt: z.iso.datetime({ offset: true }),
  /** Already accepted by the server (kept until a pack made after it arrives, so the queue stays right meanwhile). */
  sent: z.boolean(),
  lessonTitle: z.string().optional(),
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
  sent: z.number().int().min(0),
  conflicts: z.array(z.object({ lessonTitle: z.string().optional(), conflict: conflictSchema })),
  refused: z.array(z.object({ lessonTitle: z.string().optional(), error: z.string() })),
  discarded: z.number().int().min(0),
});
export type SyncNotice = z.infer<typeof syncNoticeSchema>;

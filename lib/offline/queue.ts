/**
 * The offline review queue, in the browser: the pack's cards with every rating made since the pack
 * (the outbox, sent or not) applied by the server's own scheduler (lib/srs/schedule.ts, same
 * parameters and settings), then the server's queue order (lib/srs/queue.ts): learning cards due now
 * → reviews due before the end of today (up to what is left of the daily maximum) → new cards (up to
 * the daily new limit) → a learning card due within 20 minutes.
 */
import { z } from "zod";
import { State, type Grade } from "ts-fsrs";
import { newItemState, type ItemState } from "../srs/card";
import { clockOf, studyDayNumber, studyDayStart } from "../srs/day";
import { nextIntervals } from "../srs/intervals";
import { fuzzSeed, scheduleAll, type ClockSettings } from "../srs/schedule";
import { fromStoredState, type OfflinePack, type PackCard } from "./pack-schema";

/** Anki's learn-ahead (lib/srs/queue.ts LEARN_AHEAD_MS). */
const LEARN_AHEAD_MS = 20 * 60_000;

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

export const clockSettingsOf = (pack: OfflinePack): ClockSettings => ({
  desiredRetention: pack.settings.desiredRetention,
  learningSteps: pack.settings.learningSteps,
  relearningSteps: pack.settings.relearningSteps,
  fsrsWeights: pack.settings.fsrsWeights,
  timeZone: pack.settings.timeZone,
  dayStartHour: pack.settings.dayStartHour,
});

export interface LocalCard {
  card: PackCard;
  state: ItemState;
  /** Never rated (no item, or reset to New) and not rated offline either. */
  isNew: boolean;
}

/** Every pack card's state after the ratings made since the pack, and today's rating counts. */
export function localCards(
  pack: OfflinePack,
  entries: readonly OutboxEntry[],
  now: Date,
): { cards: LocalCard[]; doneNew: number; doneReview: number } {
  const settings = clockSettingsOf(pack);
  const clock = clockOf(settings);
  const today = studyDayNumber(now, clock);
  const made = Date.parse(pack.generatedAt);
  const byKey = new Map<string, LocalCard>();
  for (const card of pack.cards) {
    const state = card.item ? fromStoredState(card.item) : newItemState(new Date(made));
    byKey.set(card.key, { card, state, isNew: state.state === State.New });
  }
  let doneNew = pack.doneToday.studyDay === today ? pack.doneToday.new : 0;
  let doneReview = pack.doneToday.studyDay === today ? pack.doneToday.review : 0;
  for (const e of entries) {
    const at = new Date(e.reviewedAt);
    if (at.getTime() <= made) continue;
    const local = byKey.get(e.key);
    if (!local) continue;
    const before = local.state;
    if (studyDayNumber(at, clock) === today) {
      if (before.state === State.New) doneNew++;
      else if (before.state === State.Review) doneReview++;
    }
    const next = scheduleAll(before, at, settings, { seed: fuzzSeed(pack.userId, e.ref, before) })[
      e.rating as Grade
    ];
    byKey.set(e.key, { card: local.card, state: next.state, isNew: false });
  }
  return { cards: [...byKey.values()], doneNew, doneReview };
}

export interface OfflineQueue {
  next: LocalCard | null;
  counts: { learning: number; review: number; new: number };
  nextLearningAt: Date | null;
}

export function offlineQueue(
  pack: OfflinePack,
  entries: readonly OutboxEntry[],
  now: Date,
): OfflineQueue {
  const { cards, doneNew, doneReview } = localCards(pack, entries, now);
  const clock = clockOf(clockSettingsOf(pack));
  const dayEnd = studyDayStart(studyDayNumber(now, clock) + 1, clock).getTime();
  const byDue = (a: LocalCard, b: LocalCard) => a.state.due.getTime() - b.state.due.getTime();
  const learning = cards
    .filter((c) => c.state.state === State.Learning || c.state.state === State.Relearning)
    .filter((c) => c.state.due.getTime() < dayEnd)
    .sort(byDue);
  const reviewCap = Math.max(0, pack.settings.maxReviewsPerDay - doneReview);
  const reviews = cards
    .filter((c) => c.state.state === State.Review && c.state.due.getTime() < dayEnd)
    .sort(byDue)
    .slice(0, reviewCap);
  const newLeft = Math.max(0, pack.settings.newPerDay - doneNew);
  const fresh = cards.filter((c) => c.isNew).slice(0, newLeft);
  const counts = { learning: learning.length, review: reviews.length, new: fresh.length };
  const learningNow = learning.find((c) => c.state.due.getTime() <= now.getTime());
  const next =
    learningNow ??
    reviews[0] ??
    fresh[0] ??
    (learning[0] && learning[0].state.due.getTime() - now.getTime() <= LEARN_AHEAD_MS
      ? learning[0]
      : null);
  return { next, counts, nextLearningAt: next ? null : (learning[0]?.state.due ?? null) };
}

/** The card as the review screen shows it (lib/srs/view.ts ReviewCard), with its four intervals from the local state. */
export function offlineCardView(pack: OfflinePack, local: LocalCard, now: Date) {
  const { card, state } = local;
  return {
    ref: card.reviewItemId ? { reviewItemId: card.reviewItemId } : card.ref,
    kind: card.kind,
    contentId: card.contentId,
    state: state.state,
    frontHtml: card.frontHtml,
    backHtml: card.backHtml,
    courseSlug: card.courseSlug,
    lessonSlug: card.lessonSlug,
    lessonTitle: card.lessonTitle,
    examples: card.examples,
    intervals: nextIntervals(clockSettingsOf(pack), state, now, {
      seed: fuzzSeed(pack.userId, card.ref, state),
    }),
    ...(card.typeAnswer ? { typeAnswer: card.typeAnswer } : {}),
  };
}

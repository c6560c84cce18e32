/**
 * The offline review queue, in the browser: the pack's cards with every rating made since the pack
 * (the outbox, sent or not) applied by the server's own scheduler (lib/srs/schedule.ts, same
 * parameters and settings), then the server's queue order (lib/srs/queue.ts): learning cards due now
 * → reviews due before the end of today (up to what is left of the daily maximum) → new cards (up to
 * the daily new limit) → a learning card due within 20 minutes. Each rating buries its siblings (the
 * other kind from the same lesson section) until the next study day, as the server does
 * (lib/srs/siblings.ts), when the learner's `buryRelated` setting is on.
 */
import { State, type Grade } from "ts-fsrs";
import { newItemState, type ItemState } from "../srs/card";
import { clockOf, studyDayNumber, studyDayStart } from "../srs/day";
import { nextIntervals } from "../srs/intervals";
import { fuzzSeed, scheduleAll, type ClockSettings } from "../srs/schedule";
import type { OutboxEntry } from "./outbox-schema";
import { fromStoredState, type OfflinePack, type PackCard } from "./pack-schema";

/** Anki's learn-ahead (lib/srs/queue.ts LEARN_AHEAD_MS). */
const LEARN_AHEAD_MS = 20 * 60_000;

export { outboxEntrySchema, type OutboxEntry } from "./outbox-schema";

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
  /** Buried as a sibling of a card rated since the pack: hidden until then (the next study day). */
  buriedUntil: Date | null;
}

const otherKind = (card: PackCard) => (card.kind === "flashcard" ? "question" : "flashcard");

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
    byKey.set(card.key, { card, state, isNew: state.state === State.New, buriedUntil: null });
  }
  const groups = new Map<string, string[]>();
  for (const card of pack.cards)
    if (card.siblingGroup)
      groups.set(card.siblingGroup, [...(groups.get(card.siblingGroup) ?? []), card.key]);
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
    byKey.set(e.key, { ...local, state: next.state, isNew: false });
    if (pack.settings.buryRelated && local.card.siblingGroup) {
      // lib/srs/siblings.ts: the other kind of the same section, if it would come today (new, or a
      // review due before the day ends) and isn't buried already; learning cards are left alone.
      const until = studyDayStart(studyDayNumber(at, clock) + 1, clock);
      for (const key of groups.get(local.card.siblingGroup) ?? []) {
        const sibling = byKey.get(key)!;
        if (sibling.card.kind !== otherKind(local.card)) continue;
        if (sibling.buriedUntil && sibling.buriedUntil > at) continue;
        const s = sibling.state;
        const comesToday =
          s.state === State.New || (s.state === State.Review && s.due.getTime() < until.getTime());
        if (comesToday) byKey.set(key, { ...sibling, buriedUntil: until });
      }
    }
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
  const all = localCards(pack, entries, now);
  const { doneNew, doneReview } = all;
  const cards = all.cards.filter((c) => !c.buriedUntil || c.buriedUntil <= now);
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

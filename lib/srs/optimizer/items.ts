/**
 * Review logs → FSRS items, the way Anki builds them for its optimizer (rslib scheduler/fsrs): per
 * card, the ratings in time order from its last reset; elapsed days between the learner's study days
 * (time zone + day start, lib/srs/day.ts), 0 for the first; one item per rating after the first,
 * holding the card's history up to it. fsrs-rs trains only on items with a review after the first
 * day (and aborts the process on some others), so those are the only ones kept.
 */
import { studyDayNumber, type DayClock } from "../day";

/** One rating as the optimizer reads it. */
export interface RatingLog {
  cardId: string;
  reviewedAt: Date;
  /** 1-4 for a rating; 0 with source "reset" starts the card over. */
  rating: number;
  source: string;
  /** ts-fsrs State before the rating (0 = New). */
  stateBefore: number;
  durationMs?: number;
}

/** An FSRS item on the wire: [rating, deltaT, rating, deltaT, …]; `at` is its last review (ms). */
export interface WireItem {
  reviews: number[];
  at: number;
}

/** Logs that rate a card (quiz answers feed the schedule too); cram and other actions don't. */
export const RATING_SOURCES = ["review", "quiz"] as const;
/** fsrs-rs keeps items of at most this many reviews (TrainingConfig.max_seq_len). */
export const MAX_REVIEWS_PER_ITEM = 64;

const isRating = (l: RatingLog) =>
  (RATING_SOURCES as readonly string[]).includes(l.source) &&
  Number.isInteger(l.rating) &&
  l.rating >= 1 &&
  l.rating <= 4;

/** One card's ratings since its last reset, oldest first, or [] when they don't start from New. */
export function cardHistory(logs: RatingLog[]): RatingLog[] {
  const sorted = [...logs].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const lastReset = sorted.findLastIndex((l) => l.source === "reset");
  const kept = sorted.slice(lastReset + 1).filter(isRating);
  // Anki drops a card whose history doesn't begin with its first learning step.
  return kept.length && kept[0]!.stateBefore === 0 ? kept : [];
}

/** Reviews of one card → its items (each rating after the first that has a long-term review). */
function cardItems(history: RatingLog[], clock: DayClock): WireItem[] {
  const days = history.map((l) => studyDayNumber(l.reviewedAt, clock));
  const flat: number[] = [];
  const items: WireItem[] = [];
  let longTerm = false;
  history.forEach((l, i) => {
    // A clock moved back never gives a negative gap.
    const delta = i === 0 ? 0 : Math.max(0, days[i]! - days[i - 1]!);
    if (i > 0 && delta > 0) longTerm = true;
    flat.push(l.rating, delta);
    if (i > 0 && longTerm && i < MAX_REVIEWS_PER_ITEM)
      items.push({ reviews: flat.slice(), at: l.reviewedAt.getTime() });
  });
  return items;
}

/** All items of one learner's logs (any number of cards), in the order of their last review. */
export function fsrsItems(logs: RatingLog[], clock: DayClock): WireItem[] {
  const items: WireItem[] = [];
  for (const list of byCard(logs).values()) items.push(...cardItems(cardHistory(list), clock));
  return items.sort((a, b) => a.at - b.at);
}

/** Logs grouped by card, cards in the order of their first log. */
export function byCard(logs: RatingLog[]): Map<string, RatingLog[]> {
  const cards = new Map<string, RatingLog[]>();
  for (const l of logs) {
    const list = cards.get(l.cardId);
    if (list) list.push(l);
    else cards.set(l.cardId, [l]);
  }
  return cards;
}

/** Items whose last review came on a later day: what the log loss and RMSE are measured on (fsrs-rs refuses a same-day last review there). */
export const evaluationItems = (items: WireItem[]) =>
  items.filter((i) => i.reviews[i.reviews.length - 1]! > 0);

/** The check the child repeats before handing items to fsrs-rs: what it can't take is refused, not aborted on. */
export function wireItemProblem(item: WireItem): string | null {
  const r = item.reviews;
  if (r.length < 4 || r.length % 2) return "an item needs at least two reviews";
  if (r[1] !== 0) return "the first review of an item has 0 elapsed days";
  let longTerm = false;
  for (let i = 0; i < r.length; i += 2) {
    if (!Number.isInteger(r[i]) || r[i]! < 1 || r[i]! > 4) return "ratings are 1 to 4";
    if (!Number.isInteger(r[i + 1]) || r[i + 1]! < 0) return "elapsed days are whole and ≥ 0";
    if (i > 0 && r[i + 1]! > 0) longTerm = true;
  }
  return longTerm ? null : "an item needs a review after its first day";
}

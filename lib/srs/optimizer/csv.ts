/**
 * Review logs in the FSRS optimizer's CSV (fsrs-optimizer's review-log schema, which fsrs-rs's
 * `convertCsvToFsrsItems` reads): card_id, review_time (ms), review_rating (1-4), review_state
 * (0 New, 1 Learning, 2 Review, 3 Relearning, before the rating), review_duration (ms). Exactly the
 * ratings the optimizer here fits on: each card's ratings since its last reset, from New. Card ids
 * are numbers 1, 2, … in the order of first review, so no database id leaves the app.
 */
import { byCard, cardHistory, type RatingLog } from "./items";

export const CSV_HEADER = "card_id,review_time,review_rating,review_state,review_duration";

/** One learner's logs, or several learners' (each list's card ids are distinct already). */
export function optimizerCsv(logs: RatingLog[]): string {
  const lines = [CSV_HEADER];
  const cards = [...byCard(logs).values()]
    .map(cardHistory)
    .filter((h) => h.length > 0)
    .sort((a, b) => a[0]!.reviewedAt.getTime() - b[0]!.reviewedAt.getTime());
  cards.forEach((history, i) => {
    for (const l of history)
      lines.push(
        `${i + 1},${l.reviewedAt.getTime()},${l.rating},${l.stateBefore},${Math.max(0, Math.round(l.durationMs ?? 0))}`,
      );
  });
  return `${lines.join("\n")}\n`;
}

/** Which items deserve an instructor's look, from their aggregates. Pure, so the rules are tested alone. */

/** "Too easy" needs enough attempts that 95 % is not luck. */
export const TOO_EASY_MIN_ATTEMPTS = 20;
export const TOO_EASY_RATE = 0.95;
/** A card learners keep forgetting: retention below this over at least that many reviews. */
export const FORGOTTEN_RATE = 0.7;
export const FORGOTTEN_MIN_REVIEWS = 10;

export type QuestionFlag = "confusing" | "too easy";
export type CardFlag = "often forgotten";

export function questionFlags(
  q: {
    attempts: number;
    correctRate: number | null;
    options: Array<{ correct: boolean; picks: number }>;
  },
  choice: boolean,
): QuestionFlag[] {
  const flags: QuestionFlag[] = [];
  const right = Math.max(0, ...q.options.filter((o) => o.correct).map((o) => o.picks));
  // A wrong option beating the right one usually means a misleading prompt or a wrong answer key.
  if (choice && q.options.some((o) => !o.correct && o.picks > right)) flags.push("confusing");
  if (q.attempts >= TOO_EASY_MIN_ATTEMPTS && (q.correctRate ?? 0) >= TOO_EASY_RATE)
    flags.push("too easy");
  return flags;
}

export function cardFlags(c: { reviews: number; retention: number | null }): CardFlag[] {
  return c.reviews >= FORGOTTEN_MIN_REVIEWS && (c.retention ?? 1) < FORGOTTEN_RATE
    ? ["often forgotten"]
    : [];
}

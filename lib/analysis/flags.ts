/** Which items deserve an instructor's look, from their aggregates. Pure, so the rules are tested alone. */
import { wilson } from "./wilson";

/**
 * "Too easy": even the lower end of the right-answer rate's 95 % interval is above this, so nearly
 * everyone gets it right beyond what luck in that many attempts explains. 19 of 20 right is not
 * enough (the interval reaches down to 76 %); 29 of 30 is (83 %). With every answer right the
 * fewest attempts that can flag it is TOO_EASY_MIN_ATTEMPTS.
 */
export const TOO_EASY_BOUND = 0.8;
/** A card learners keep forgetting: retention below this over at least that many reviews. */
export const FORGOTTEN_RATE = 0.7;
export const FORGOTTEN_MIN_REVIEWS = 10;

export type QuestionFlag = "confusing" | "too easy";
export type CardFlag = "often forgotten";

interface OptionPicks {
  correct: boolean;
  picks: number;
}

/**
 * How clearly a wrong option beats the right one: the lower 95 % bound of the most-picked wrong
 * option's share minus the upper bound of the right answer's share. Above 0, the wrong option is
 * picked more often than the right one beyond what chance in this many attempts explains (a
 * misleading prompt or a wrong answer key); null with no attempts or no wrong option.
 */
export function confusion(attempts: number, options: OptionPicks[]): number | null {
  const wrong = options.filter((o) => !o.correct);
  if (attempts === 0 || wrong.length === 0) return null;
  const right = Math.max(0, ...options.filter((o) => o.correct).map((o) => o.picks));
  const top = Math.max(...wrong.map((o) => o.picks));
  return wilson(top, attempts)!.low - wilson(right, attempts)!.high;
}

/** The lower 95 % bound of the right-answer rate (above TOO_EASY_BOUND flags "too easy"); null with no attempts. */
export function easiness(attempts: number, correct: number): number | null {
  return wilson(correct, attempts)?.low ?? null;
}

/** The fewest attempts, all right, whose lower bound clears TOO_EASY_BOUND (16). */
export const TOO_EASY_MIN_ATTEMPTS = (() => {
  let n = 1;
  while ((easiness(n, n) ?? 0) <= TOO_EASY_BOUND) n++;
  return n;
})();

export function questionFlags(
  q: { attempts: number; correctRate: number | null; options: OptionPicks[] },
  choice: boolean,
): QuestionFlag[] {
  const flags: QuestionFlag[] = [];
  if (choice && (confusion(q.attempts, q.options) ?? 0) > 0) flags.push("confusing");
  const correct = Math.round((q.correctRate ?? 0) * q.attempts);
  if ((easiness(q.attempts, correct) ?? 0) > TOO_EASY_BOUND) flags.push("too easy");
  return flags;
}

export function cardFlags(c: { reviews: number; retention: number | null }): CardFlag[] {
  return c.reviews >= FORGOTTEN_MIN_REVIEWS && (c.retention ?? 1) < FORGOTTEN_RATE
    ? ["often forgotten"]
    : [];
}

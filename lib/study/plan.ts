/**
 * What one attempt shows: its questions in order and, for each, the option ids in the order
 * shown. Stored on the attempt so grading goes by option id and ignores screen positions.
 */
import { randomInt } from "node:crypto";
import { z } from "zod";
import { fillDistractors, type ChoiceQuestion, type SiblingAnswer } from "./distractors";

export const planSchema = z.array(
  z.object({ questionId: z.string(), optionIds: z.array(z.string()) }),
);
export type QuizPlan = z.infer<typeof planSchema>;

/** Random integer in [0, max); injectable so tests can pin the order. */
export type Pick = (max: number) => number;
const cryptoPick: Pick = (max) => randomInt(max);

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], pick: Pick = cryptoPick): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Types whose options are shown as choices, shuffled and topped up with distractors. */
export const CHOICE_TYPES = new Set(["multiple_choice", "output"]);

/** One plan entry: typed questions show no options, true/false keeps True before False. */
export function planQuestion(
  question: ChoiceQuestion,
  pool: readonly SiblingAnswer[],
  pick: Pick = cryptoPick,
): QuizPlan[number] {
  if (question.type === "typed") return { questionId: question.id, optionIds: [] };
  const own = question.options.map((o) => o.id);
  if (!CHOICE_TYPES.has(question.type)) return { questionId: question.id, optionIds: own };
  const extra = fillDistractors(question, pool).map((s) => s.id);
  return { questionId: question.id, optionIds: shuffled([...own, ...extra], pick) };
}

/** The whole attempt: `count` questions drawn at random (all when absent), in random order. */
export function buildPlan(
  questions: readonly ChoiceQuestion[],
  pool: readonly SiblingAnswer[],
  count?: number,
  pick: Pick = cryptoPick,
): QuizPlan {
  const chosen = shuffled(questions, pick).slice(0, count ?? questions.length);
  return chosen.map((q) => planQuestion(q, pool, pick));
}

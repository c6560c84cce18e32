/**
 * Turns parsed questions into our multiple-choice questions: options complete (distractors
 * generated where the page hid them), the correct one at the page's letter, ids numbered.
 */
import type { QuestionContent } from "../../content/schema";
import { generateDistractors } from "./distractors";
import type { RawQuestion } from "./sources/types";

const OPTION_COUNT = 4;
export const EXPLANATION_AS_SHOWN = "Imported from Quizgecko.";
export const EXPLANATION_GENERATED = "Imported from Quizgecko; distractors generated.";

export function itemId(prefix: string, kind: "q" | "c", index: number, total: number): string {
  return `${prefix}-${kind}${String(index + 1).padStart(Math.max(2, String(total).length), "0")}`;
}

function correctText(q: RawQuestion): string {
  return "answer" in q ? q.answer : q.options.find((o) => o.correct)!.text;
}

function completeOptions(q: Extract<RawQuestion, { answer: string }>, pool: string[]) {
  const count = Math.max(OPTION_COUNT, q.position + 1);
  const wrong = generateDistractors(q.answer, pool, count - 1, q.prompt);
  const position = Math.min(q.position, wrong.length);
  const texts = [...wrong.slice(0, position), q.answer, ...wrong.slice(position)];
  return texts.map((text, i) => ({ text, correct: i === position }));
}

export function buildQuestions(
  raw: RawQuestion[],
  prefix: string,
  source: string,
): QuestionContent[] {
  const answers = raw.map(correctText);
  return raw.map((q, i) => {
    const generated = "answer" in q;
    const pool = answers.filter((_, j) => j !== i);
    return {
      id: itemId(prefix, "q", i, raw.length),
      type: "multiple_choice",
      prompt: q.prompt,
      options: generated ? completeOptions(q, pool) : q.options,
      explanation: generated ? EXPLANATION_GENERATED : EXPLANATION_AS_SHOWN,
      examples: [],
      authored: false,
      source,
    };
  });
}

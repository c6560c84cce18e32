/**
 * Tops up a multiple-choice question that has fewer than three wrong options with other
 * questions' correct answers from the same lesson (same type, closest length first).
 */
import { normalizeAnswer } from "./grade";

export const WANTED_WRONG_OPTIONS = 3;

export interface ChoiceOption {
  id: string;
  text: string;
  correct: boolean;
}
/** A correct answer of another question, offered as a wrong option here. */
export interface SiblingAnswer {
  id: string;
  text: string;
  questionId: string;
  lessonId: string;
  type: string;
}
export interface ChoiceQuestion {
  id: string;
  lessonId: string;
  type: string;
  options: ChoiceOption[];
}

/** Length as read: Markdown backticks and surrounding spaces don't count. */
const visibleLength = (text: string) => text.replace(/`/g, "").trim().length;

/** Sibling answers to add as wrong options, never repeating any text already on offer. */
export function fillDistractors(
  question: ChoiceQuestion,
  pool: readonly SiblingAnswer[],
): SiblingAnswer[] {
  const wrong = question.options.filter((o) => !o.correct).length;
  const missing = WANTED_WRONG_OPTIONS - wrong;
  if (missing <= 0) return [];
  const seen = new Set(question.options.map((o) => normalizeAnswer(o.text)));
  const target = Math.max(
    ...question.options.filter((o) => o.correct).map((o) => visibleLength(o.text)),
    0,
  );
  const candidates = pool
    .filter(
      (s) =>
        s.questionId !== question.id &&
        s.lessonId === question.lessonId &&
        s.type === question.type,
    )
    .map((s, order) => ({ s, order, gap: Math.abs(visibleLength(s.text) - target) }))
    .sort((a, b) => a.gap - b.gap || a.order - b.order);
  const chosen: SiblingAnswer[] = [];
  for (const { s } of candidates) {
    if (chosen.length === missing) break;
    const key = normalizeAnswer(s.text);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    chosen.push(s);
  }
  return chosen;
}

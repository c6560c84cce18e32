/**
 * Grading rules for one answer, pure so tests and the server share them. Typed answers are
 * lenient: case, backticks, extra spaces and punctuation at either end don't make them wrong.
 */

/** The text a learner means: "  `Listen()`. " and "listen" compare equal. */
export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/`/g, "")
    .replace(/\s+/g, " ")
    .toLowerCase()
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, "");
}

/** True when the typed text matches any accepted answer; an empty answer never matches. */
export function typedAnswerIsRight(typed: string, accepted: readonly string[]): boolean {
  const mine = normalizeAnswer(typed);
  return mine !== "" && accepted.some((a) => normalizeAnswer(a) === mine);
}

export interface GradableQuestion {
  type: string;
  options: ReadonlyArray<{ id: string; text: string; correct: boolean }>;
}

/** Every option of a typed question is an accepted spelling; otherwise only the correct ones. */
export function acceptedAnswers(question: GradableQuestion): string[] {
  const accepted =
    question.type === "typed" ? question.options : question.options.filter((o) => o.correct);
  return accepted.map((o) => o.text);
}

/**
 * A chosen option is right only if it is one of this question's own correct options. Typed text
 * may also match `alsoAccepted` (an output question's expected program output).
 */
export function gradeAnswer(
  question: GradableQuestion,
  answer: { optionId?: string; response?: string },
  alsoAccepted: readonly string[] = [],
): boolean {
  if (answer.optionId !== undefined)
    return question.options.some((o) => o.id === answer.optionId && o.correct);
  return typedAnswerIsRight(answer.response ?? "", [...acceptedAnswers(question), ...alsoAccepted]);
}

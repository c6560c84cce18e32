/** An answer with the offline sentence model's help, when its vectors are there (see sentence-model.ts). */
import { isFollowUp } from "./follow-up";
import { answerFromIndex, type AskOptions } from "./retrieve";
import type { PassageIndex } from "./search-index";
import { sentenceMatch } from "./sentence-model";
import type { AskResult } from "./types";

export interface ModelAskOptions extends AskOptions {
  /** Wait for the index's passages to be embedded (the bench, tests); an ask in the app never waits. */
  wait?: boolean;
}

export async function answerWithModel(
  index: PassageIndex,
  question: string,
  options: ModelAskOptions = {},
): Promise<AskResult> {
  const { wait = false, ...rest } = options;
  // A follow-up is embedded with the question it leans on, as the lexical side borrows its words.
  const text = rest.previous && isFollowUp(question) ? `${rest.previous} ${question}` : question;
  const sentence = rest.dense?.length ? undefined : await sentenceMatch(index, text, wait);
  return answerFromIndex(index, question, { ...rest, sentence });
}

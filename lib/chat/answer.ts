/** Extractive answers: the best passages quoted with their key sentence, or a plain "not found". */
import { excerpt } from "./key-sentence";
import type { Hit } from "./search-index";
import { termsOf } from "./terms";
import type { AnswerPassage, AskResult, Passage } from "./types";

export const NOT_FOUND =
  "The course material doesn't answer that: no passage matches your question well enough to quote.";

/** A hit answers the question when it covers at least half of the question's terms. */
export function answersWell(hit: Hit | undefined, question: string): boolean {
  if (!hit) return false;
  const wanted = termsOf(question).length;
  return new Set(hit.matchedTerms).size * 2 >= wanted;
}

export function toAnswerPassage(
  passage: Passage,
  score: number,
  question: string,
  url = passage.url,
): AnswerPassage {
  const { text, highlight } = excerpt(passage.text, question);
  return {
    text,
    highlight,
    score: Math.round(score * 100) / 100,
    source: { kind: passage.kind, id: passage.sourceId, title: passage.title, url },
  };
}

/** Quotes the key sentence of the top passages, each with its citation number. */
export function extractiveAnswer(passages: AnswerPassage[]): string {
  return passages
    .slice(0, 2)
    .map((p, i) => {
      const key = p.highlight
        ? p.text.slice(p.highlight.start, p.highlight.end)
        : p.text.split("\n")[0]!;
      return `From “${p.source.title}”: ${key} [${i + 1}]`;
    })
    .join("\n");
}

export function notFoundAnswer(related: AnswerPassage[]): AskResult {
  const hint = related.length
    ? ` These cards are related: ${related.map((p) => `“${p.source.title}”`).join(", ")}.`
    : " Try naming a socket call or term, such as recv, bind or SO_REUSEADDR.";
  return { answer: NOT_FOUND + hint, found: false, passages: related };
}

/** Question → extractive answer over a passage index; no database, so the bench can time it alone. */
import { answersWell, extractiveAnswer, notFoundAnswer, toAnswerPassage } from "./answer";
import { searchPassages, type PassageIndex, type SearchScope } from "./search-index";
import type { AskResult, Passage } from "./types";

const CARDS = new Set<Passage["kind"]>(["flashcard"]);

/** On a lesson's chat, an example used by several lessons links to this lesson's copy. */
function citedUrl(p: Passage, lessonSlug?: string): string {
  if (!lessonSlug || p.kind !== "example") return p.url;
  return p.url.replace(`/lessons/${p.lessonSlug}#`, `/lessons/${lessonSlug}#`);
}

export function answerFromIndex(
  index: PassageIndex,
  question: string,
  scope: Omit<SearchScope, "kinds" | "limit"> = {},
): AskResult {
  const hits = searchPassages(index, question, { ...scope, limit: 3 });
  if (answersWell(hits[0], question)) {
    const passages = hits.map((h) =>
      toAnswerPassage(h.passage, h.score, question, citedUrl(h.passage, scope.lessonSlug)),
    );
    return { answer: extractiveAnswer(passages), found: true, passages };
  }
  // Nothing answers it: offer the closest cards, or the first cards in scope when none is close.
  const related = searchPassages(index, question, { ...scope, kinds: CARDS, limit: 3 }).map((h) =>
    toAnswerPassage(h.passage, h.score, question),
  );
  const fallback = [...index.byKey.values()]
    .filter(
      (p) => p.kind === "flashcard" && (!scope.lessonSlug || p.lessons.includes(scope.lessonSlug)),
    )
    .slice(0, 3)
    .map((p) => toAnswerPassage(p, 0, question));
  return notFoundAnswer(related.length ? related : fallback);
}

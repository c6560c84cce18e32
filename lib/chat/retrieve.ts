/** Question → extractive answer over a passage index; no database, so the bench can time it alone. */
import { composeAnswer, notFoundAnswer, toAnswerPassage, withSentences } from "./answer";
import { analyzeQuestion } from "./query";
import { RANKING, rankPassages, type Ranked } from "./rank";
import type { PassageIndex, SearchScope } from "./search-index";
import type { AskResult, Passage } from "./types";

const CARDS = new Set<Passage["kind"]>(["flashcard"]);

export interface AskOptions extends Omit<SearchScope, "kinds" | "limit"> {
  /** The previous question of the same chat, for follow-ups. */
  previous?: string;
  /** Dense ranking of passage keys (a model's embeddings), fused with the lexical ranking. */
  dense?: string[];
}

/** On a lesson's chat, an example used by several lessons links to this lesson's copy. */
function citedUrl(p: Passage, lessonSlug?: string): string {
  if (!lessonSlug || p.kind !== "example") return p.url;
  return p.url.replace(`/lessons/${p.lessonSlug}#`, `/lessons/${lessonSlug}#`);
}

/** Reciprocal-rank fusion: a passage the model's embeddings rank high moves up. */
function fuse(ranked: Ranked[], dense: string[] | undefined): Ranked[] {
  if (!dense?.length) return ranked;
  const at = new Map(dense.map((k, i) => [k, i]));
  const rrf = (i: number | undefined) => (i === undefined ? 0 : 1 / (10 + i));
  return ranked
    .map((r, i) => ({ r, f: rrf(i) + rrf(at.get(r.passage.key)) }))
    .sort((a, b) => b.f - a.f)
    .map((x) => x.r);
}

export function answerFromIndex(
  index: PassageIndex,
  question: string,
  options: AskOptions = {},
): AskResult {
  const { previous, dense, ...scope } = options;
  const concepts = analyzeQuestion(question, index.vocabulary, previous);
  const ranked = fuse(rankPassages(index, concepts, scope), dense);
  // Verification: the passage as a whole, and one sentence of it, must cover enough of the question.
  const candidates = withSentences(index, ranked.slice(0, 8), concepts, question);
  const answer = candidates.find(
    (c) => c.coverage >= RANKING.answers && (c.sentences[0]?.score ?? 0) >= RANKING.sentence,
  );
  if (answer) {
    const others = candidates.filter((c) => c !== answer && c.coverage >= RANKING.cites);
    return composeAnswer([answer, ...others].slice(0, 3), (p) => citedUrl(p, scope.lessonSlug));
  }
  // Nothing answers it: offer the closest cards, or the first cards in scope when none is close.
  const near = ranked.filter((r) => CARDS.has(r.passage.kind)).slice(0, 3);
  const related = near.length
    ? near.map((r) => toAnswerPassage(r.passage, r.score, null))
    : [...index.byKey.values()]
        .filter(
          (p) => CARDS.has(p.kind) && (!scope.lessonSlug || p.lessons.includes(scope.lessonSlug)),
        )
        .slice(0, 3)
        .map((p) => toAnswerPassage(p, 0, null));
  return notFoundAnswer(scope.lessonSlug ? "lesson" : "course", related);
}

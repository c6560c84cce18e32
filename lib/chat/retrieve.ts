/** Question → extractive answer over a passage index; no database, so the bench can time it alone. */
import { composeAnswer, notFoundAnswer, toAnswerPassage, withSentences } from "./answer";
import { analyzeQuestion, type Concept } from "./query";
import { coverage, RANKING, rankPassages, type Ranked } from "./rank";
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

const DENSE = { considered: 5, credited: 3, credit: 0.2 };

/**
 * Reciprocal-rank fusion with the model's embedding ranking: its top passages join the candidates,
 * move up, and get some credit in verification (a paraphrase shares few words with its answer).
 */
function fuse(
  index: PassageIndex,
  concepts: Concept[],
  ranked: Ranked[],
  dense: string[] | undefined,
  inScope: (p: Passage) => boolean,
): Ranked[] {
  if (!dense?.length) return ranked;
  const known = new Set(ranked.map((r) => r.passage.key));
  const extra = dense
    .slice(0, DENSE.considered)
    .map((k) => index.byKey.get(k)!)
    .filter((p) => p && !known.has(p.key) && inScope(p))
    .map((passage) => ({
      passage,
      bm25: 0,
      coverage: coverage(index, concepts, index.termSets.get(passage.key)!),
      score: 0,
    }));
  const at = new Map(dense.map((k, i) => [k, i]));
  const rrf = (i: number | undefined) => (i === undefined ? 0 : 1 / (10 + i));
  return [...ranked, ...extra]
    .map((r, i) => {
      const d = at.get(r.passage.key);
      const credit = d !== undefined && d < DENSE.credited ? DENSE.credit : 0;
      return { r: { ...r, coverage: r.coverage + credit }, f: rrf(i) + rrf(d) };
    })
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
  const inScope = (p: Passage) =>
    (!scope.lessonSlug || p.lessons.includes(scope.lessonSlug)) && !scope.exclude?.has(p.key);
  const ranked = fuse(index, concepts, rankPassages(index, concepts, scope), dense, inScope);
  // Verification: the passage as a whole, and one sentence of it, must cover enough of the question.
  const candidates = withSentences(index, ranked.slice(0, 8), concepts, question);
  // A chat note's student question standing close to this one counts like a sentence that answers it.
  const answer = candidates.find(
    (c) =>
      c.coverage >= RANKING.answers &&
      Math.max(c.sentences[0]?.score ?? 0, ...c.notes.map((n) => n.asked)) >= RANKING.sentence,
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

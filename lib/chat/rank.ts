/**
 * Ranking with a verification step: BM25 finds candidates, then each is checked for how much of
 * the question it actually covers (idf-weighted, synonyms counting partly). A passage that covers
 * too little never answers, however well it scored.
 */
import type { Concept } from "./query";
import { termWeights } from "./query";
import { searchTerms, type PassageIndex, type SearchScope } from "./search-index";
import type { Passage } from "./types";

export interface Ranked {
  passage: Passage;
  bm25: number;
  coverage: number;
  score: number;
}

// Tuned on the dev half of bench/ask-eval (see docs/decisions/0006).
export const RANKING = {
  candidates: 20,
  coverageWeight: 0.4,
  /** Weight of how much of the question the heading and "questions it answers" cover. */
  aboutWeight: 0.1,
  /** Coverage the top passage needs to answer, and the best sentence in it. */
  answers: 0.4,
  sentence: 0.15,
  /** Coverage another passage needs to be cited beside it. */
  cites: 0.35,
  /** No word weighs more than this: a rare everyday word ("deal") mustn't outweigh the topic. */
  idfCap: 5,
};

function conceptIdf(index: PassageIndex, concept: Concept): number {
  const [first] = concept.alternatives.keys();
  const own = index.idf.get(first!);
  const known = [...concept.alternatives.keys()].map((t) => index.idf.get(t) ?? 0);
  return Math.min(RANKING.idfCap, own ?? (Math.max(0, ...known) || index.maxIdf));
}

/** Share of the question a set of terms covers, from 0 (nothing) to 1 (every word). */
export function coverage(index: PassageIndex, concepts: Concept[], terms: Set<string>): number {
  let have = 0;
  let want = 0;
  for (const c of concepts) {
    if (c.importance === 0) continue;
    const weight = c.importance * conceptIdf(index, c);
    let best = 0;
    for (const [t, w] of c.alternatives) if (terms.has(t)) best = Math.max(best, w);
    have += weight * best;
    want += weight;
  }
  return want === 0 ? 0 : have / want;
}

export function rankPassages(
  index: PassageIndex,
  concepts: Concept[],
  scope: Omit<SearchScope, "limit"> = {},
): Ranked[] {
  const hits = searchTerms(index, termWeights(concepts), { ...scope, limit: RANKING.candidates });
  const top = hits[0]?.score ?? 1;
  return hits
    .map((h) => {
      const cov = coverage(index, concepts, index.termSets.get(h.passage.key)!);
      const about = coverage(index, concepts, index.aboutSets.get(h.passage.key)!);
      const score =
        (1 - RANKING.coverageWeight - RANKING.aboutWeight) * (h.score / top) +
        RANKING.coverageWeight * cov +
        RANKING.aboutWeight * about;
      return { passage: h.passage, bm25: h.score, coverage: cov, score };
    })
    .sort((a, b) => b.score - a.score);
}

/** Question → extractive answer over a passage index; no database, so the bench can time it alone. */
import { composeAnswer, notFoundAnswer, toAnswerPassage, withSentences } from "./answer";
import { analyzeQuestion, type Concept } from "./query";
import { coverage, RANKING, rankPassages, type Ranked } from "./rank";
import type { PassageIndex, SearchScope } from "./search-index";
import type { SentenceMatch } from "./sentence-model";
import type { AskResult, Passage } from "./types";

const CARDS = new Set<Passage["kind"]>(["flashcard"]);

export interface AskOptions extends Omit<SearchScope, "kinds" | "limit"> {
  /** The previous question of the same chat, for follow-ups. */
  previous?: string;
  /** Dense ranking of passage keys (a model's embeddings), fused with the lexical ranking. */
  dense?: string[];
  /** The offline sentence model's similarities (sentence-model.ts), fused the same way. */
  sentence?: SentenceMatch;
}

/** On a lesson's chat, an example used by several lessons links to this lesson's copy. */
function citedUrl(p: Passage, lessonSlug?: string): string {
  if (!lessonSlug || p.kind !== "example") return p.url;
  return p.url.replace(`/lessons/${p.lessonSlug}#`, `/lessons/${lessonSlug}#`);
}

const DENSE = { considered: 5, credited: 3, credit: 0.2 };

/**
 * The offline sentence model's part (tuned on bench/ask-eval, all seen; docs/decisions/0021):
 * passages whose closest unit is at least `joins` similar take part in the fusion (its rank weighs
 * `weight` beside BM25's); the coverage credit grows from 0 at `from` to `credit` at `full`, so a
 * close paraphrase of a student question can answer although it shares no word with the passage,
 * while an off-topic question (whose closest unit was at most 0.80 on the dev sets) gains little.
 */
export const SENTENCE = { joins: 0.55, from: 0.75, full: 0.92, credit: 0.45, weight: 0.8 };

/**
 * With the sentence model, the fusion also adds the two scores behind the ranks (session 7,
 * docs/decisions/0021): the lexical score (`lexical` × its 0–1 ranking score) and the model's
 * closeness (`meaning` × a ramp from cosine `from` to `full`). Ranks alone make a weak dense match
 * (cosine 0.6, most of what an unseen question gets) move a passage as far as a near-paraphrase
 * (0.9), and a BM25 lead of any size count as one rank step.
 */
export const SCORE_FUSION = { lexical: 0.5, meaning: 0.25, from: 0.6, full: 0.9 };

const ramp = (x: number, from: number, full: number) =>
  Math.max(0, Math.min(1, (x - from) / (full - from)));

/** The dense ranking as keys with their verification credit: the model server's, or the sentence model's. */
function denseCredits(
  dense: string[] | undefined,
  sentence: SentenceMatch | undefined,
  inScope: (key: string) => boolean,
): Array<{ key: string; credit: number; similarity?: number }> {
  if (dense?.length)
    return dense.map((key, i) => ({ key, credit: i < DENSE.credited ? DENSE.credit : 0 }));
  if (!sentence) return [];
  return sentence.passages
    .filter((p) => p.score >= SENTENCE.joins && inScope(p.key))
    .slice(0, 20)
    .map((p) => ({
      key: p.key,
      credit: SENTENCE.credit * ramp(p.score, SENTENCE.from, SENTENCE.full),
      similarity: p.score,
    }));
}

/**
 * Reciprocal-rank fusion with the model's embedding ranking: its top passages join the candidates,
 * move up, and get some credit in verification (a paraphrase shares few words with its answer).
 */
function fuse(
  index: PassageIndex,
  concepts: Concept[],
  ranked: Ranked[],
  credits: Array<{ key: string; credit: number; similarity?: number }>,
  inScope: (p: Passage) => boolean,
  weight = 1,
): Ranked[] {
  if (!credits.length) return ranked;
  const dense = credits.map((c) => c.key);
  const credit = new Map(credits.map((c) => [c.key, c.credit]));
  const known = new Set(ranked.map((r) => r.passage.key));
  const extra = dense
    .slice(0, DENSE.considered)
    .map((k) => index.byKey.get(k)!)
    .filter((p) => p && !known.has(p.key) && inScope(p))
    .map((passage) => {
      const covered = coverage(index, concepts, index.termSets.get(passage.key)!);
      // The score is what the lexical ranking's would be with no BM25 match: its coverage part.
      return { passage, bm25: 0, coverage: covered, score: RANKING.coverageWeight * covered };
    });
  const at = new Map(dense.map((k, i) => [k, i]));
  const rrf = (i: number | undefined) => (i === undefined ? 0 : 1 / (10 + i));
  // Only the sentence model's ranking has similarities; the model server's is fused by rank alone.
  const similarity = new Map(
    credits.flatMap((c) => (c.similarity === undefined ? [] : [[c.key, c.similarity] as const])),
  );
  const scores = (r: Ranked) => {
    if (similarity.size === 0) return 0;
    const { lexical, meaning, from, full } = SCORE_FUSION;
    const near = similarity.get(r.passage.key);
    return lexical * r.score + (near === undefined ? 0 : meaning * ramp(near, from, full));
  };
  return [...ranked, ...extra]
    .map((r, i) => {
      const d = at.get(r.passage.key);
      const gain = credit.get(r.passage.key) ?? 0;
      return { r: { ...r, coverage: r.coverage + gain }, f: rrf(i) + weight * rrf(d) + scores(r) };
    })
    .sort((a, b) => b.f - a.f)
    .map((x) => x.r);
}

export function answerFromIndex(
  index: PassageIndex,
  question: string,
  options: AskOptions = {},
): AskResult {
  const { previous, dense, sentence, ...scope } = options;
  const concepts = analyzeQuestion(question, index.vocabulary, previous);
  const inScope = (p: Passage) =>
    (!scope.lessonSlug || p.lessons.includes(scope.lessonSlug)) && !scope.exclude?.has(p.key);
  const credits = denseCredits(dense, sentence, (k) => inScope(index.byKey.get(k)!));
  const lexical = rankPassages(index, concepts, scope);
  const weight = dense?.length ? 1 : SENTENCE.weight;
  const ranked = fuse(index, concepts, lexical, credits, inScope, weight);
  // Verification: the passage as a whole, and one sentence of it, must cover enough of the question.
  const candidates = withSentences(index, ranked.slice(0, 8), concepts, question, sentence);
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

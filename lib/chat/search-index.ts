/** A MiniSearch (BM25+) index over a course's passages, with the statistics the ranking needs. */
import MiniSearch from "minisearch";
import { courseGlossary } from "./glossary";
import type { QueryVocabulary } from "./query";
import { processTerm, termsOf, tokenize } from "./terms";
import type { Passage } from "./types";

export interface PassageIndex {
  search: MiniSearch<Passage>;
  byKey: Map<string, Passage>;
  /** Each passage's terms (title, text and the questions it answers), for verification. */
  termSets: Map<string, Set<string>>;
  /** Each passage's heading and the questions it answers: what it is about. */
  aboutSets: Map<string, Set<string>>;
  /** Inverse document frequency of each term; unknown terms get `maxIdf`. */
  idf: Map<string, number>;
  maxIdf: number;
  vocabulary: QueryVocabulary;
}
export interface Hit {
  passage: Passage;
  score: number;
  matchedTerms: string[];
}
export interface SearchScope {
  lessonSlug?: string;
  exclude?: ReadonlySet<string>;
  kinds?: ReadonlySet<Passage["kind"]>;
  limit?: number;
}

// Tuned on npm run bench:ask (see docs/decisions/0006): prompts echo other questions' wording, and
// example code repeats socket/server/tcp everywhere, so both rank below sections and cards.
const KIND_WEIGHT: Record<string, number> = {
  section: 1,
  flashcard: 1,
  example: 0.5,
  question: 0.7,
};

/** Field boosts (tuned on npm run bench:ask): students' own questions count nearly as much as the text. */
export const FIELD_BOOST = { heading: 1.2, asks: 0.6, student: 1.2 };

export function buildPassageIndex(passages: Passage[]): PassageIndex {
  const search = new MiniSearch<Passage>({
    idField: "key",
    fields: ["heading", "text", "asks", "student"],
    // A question's prompt is indexed as body text: it asks rather than names what the passage teaches.
    extractField: (p, field) => {
      if (field === "heading") return p.kind === "question" ? "" : p.title;
      if (field === "text") return p.kind === "question" ? `${p.title}\n${p.text}` : p.text;
      if (field === "asks") return p.asks;
      if (field === "student") return p.student;
      return p.key;
    },
    tokenize,
    processTerm,
    searchOptions: {
      boost: FIELD_BOOST,
      bm25: { k: 1.2, b: 0.5, d: 0.5 },
      boostDocument: (key: string) => KIND_WEIGHT[key.slice(0, key.indexOf(":"))] ?? 1,
    },
  });
  search.addAll(passages);
  const termSets = new Map(
    passages.map((p) => [
      p.key,
      new Set(termsOf(`${p.title}\n${p.text}\n${p.asks}\n${p.student}`)),
    ]),
  );
  const df = new Map<string, number>();
  for (const set of termSets.values()) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(passages.length, 1);
  const idf = new Map([...df].map(([t, d]) => [t, Math.log(1 + n / d)]));
  const words = new Map<string, number>();
  for (const p of passages)
    for (const w of tokenize(`${p.title} ${p.text} ${p.student}`)) {
      const lower = w.toLowerCase();
      if (/^[a-z]+$/.test(lower)) words.set(lower, (words.get(lower) ?? 0) + 1);
    }
  return {
    search,
    byKey: new Map(passages.map((p) => [p.key, p])),
    termSets,
    aboutSets: new Map(
      passages.map((p) => [p.key, new Set(termsOf(`${p.title}\n${p.asks}\n${p.student}`))]),
    ),
    idf,
    maxIdf: Math.log(1 + n),
    vocabulary: { words, terms: new Set(df.keys()), glossary: courseGlossary(passages), idf },
  };
}

/** BM25 over already-processed terms, each weighted; passages outside the scope are left out. */
export function searchTerms(
  index: PassageIndex,
  weights: Map<string, number>,
  scope: SearchScope = {},
): Hit[] {
  const { lessonSlug, exclude, kinds, limit = 5 } = scope;
  if (weights.size === 0) return [];
  const results = index.search.search([...weights.keys()].join(" "), {
    tokenize: (s) => s.split(" "),
    processTerm: (t) => t,
    boostTerm: (t) => weights.get(t) ?? 1,
    filter: (r) => {
      const p = index.byKey.get(r.id as string)!;
      return (
        (!lessonSlug || p.lessons.includes(lessonSlug)) &&
        !exclude?.has(p.key) &&
        (!kinds || kinds.has(p.kind))
      );
    },
  });
  return results.slice(0, limit).map((r) => ({
    passage: index.byKey.get(r.id as string)!,
    score: r.score,
    matchedTerms: r.queryTerms,
  }));
}

/** Plain-text search (the question's own words, no expansions). */
export function searchPassages(index: PassageIndex, query: string, scope: SearchScope = {}): Hit[] {
  return searchTerms(index, new Map(termsOf(query).map((t) => [t, 1])), scope);
}

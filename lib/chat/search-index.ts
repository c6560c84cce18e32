/** A MiniSearch (BM25+) index over a course's passages, searched with the same term rules it was built with. */
import MiniSearch from "minisearch";
import { processTerm, termsOf, tokenize } from "./terms";
import type { Passage } from "./types";

export interface PassageIndex {
  search: MiniSearch<Passage>;
  byKey: Map<string, Passage>;
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

export function buildPassageIndex(passages: Passage[]): PassageIndex {
  const search = new MiniSearch<Passage>({
    idField: "key",
    fields: ["heading", "text"],
    // A question's prompt is indexed as body text: it asks rather than names what the passage teaches.
    extractField: (p, field) => {
      if (field === "heading") return p.kind === "question" ? "" : p.title;
      if (field === "text") return p.kind === "question" ? `${p.title}\n${p.text}` : p.text;
      return p.key;
    },
    tokenize,
    processTerm,
    // Section headings and card fronts say what a passage is about: they weigh more than body text.
    searchOptions: {
      boost: { heading: 1.2 },
      bm25: { k: 1.2, b: 0.5, d: 0.5 },
      boostDocument: (key: string) => KIND_WEIGHT[key.slice(0, key.indexOf(":"))] ?? 1,
    },
  });
  search.addAll(passages);
  return { search, byKey: new Map(passages.map((p) => [p.key, p])) };
}

export function searchPassages(index: PassageIndex, query: string, scope: SearchScope = {}): Hit[] {
  const { lessonSlug, exclude, kinds, limit = 5 } = scope;
  if (termsOf(query).length === 0) return [];
  const results = index.search.search(query, {
    filter: (r) => {
      const p = index.byKey.get(r.id as string)!;
      return (
        (!lessonSlug || p.lessons.includes(lessonSlug)) &&
        !exclude?.has(p.key) &&
        (!kinds || kinds.has(p.kind))
      );
    },
  });
  return results
    .slice(0, limit)
    .map((r) => ({
      passage: index.byKey.get(r.id as string)!,
      score: r.score,
      matchedTerms: r.queryTerms,
    }));
}

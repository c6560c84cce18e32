/**
 * A question → weighted search terms. Each word of the question is a concept with alternatives:
 * itself, its typo repair, everyday synonyms, and the glossary's expansions, each weighing less.
 */
import { glossaryExpansions, type GlossaryEntry } from "./glossary";
import { borrowedTerms } from "./follow-up";
import { correctWord } from "./spelling";
import { EVERYDAY_GROUPS, PHRASES, REWRITES, SYNONYM_GROUPS } from "./synonyms";
import { processTerm, termsOf, tokenize } from "./terms";

export interface Concept {
  /** How much this concept matters: 1 for the question's own words, less for borrowed context. */
  importance: number;
  /** Alternative terms with how well each stands for the concept (1 = the word itself). */
  alternatives: Map<string, number>;
}
export interface QueryVocabulary {
  /** Raw lower-case words of the course, with counts, for typo repair. */
  words: Map<string, number>;
  /** Stemmed terms of the course. */
  terms: Set<string>;
  glossary: GlossaryEntry[];
  idf: Map<string, number>;
}

// Chat filler: words students add that say nothing about the topic.
const FILLER = new Set(
  `actually like lol bruh yo pls please thing things stuff get got gets give gives kinda sorta
  really even exactly just ok okay hey hi thanks thx wat wut whats im ive dont doesnt didnt cant
  isnt wont u ur r i me my need want know tell show way one say says said saying someth
  something anything guys guy man dude ask asks asking asked wondering wonder confused
  basically literally honestly help`.split(/\s+/),
);

const SYNONYMS = new Map<string, Set<string>>();
for (const group of [...SYNONYM_GROUPS, ...EVERYDAY_GROUPS]) {
  const terms = group.flatMap((w) => termsOf(w));
  for (const t of terms)
    SYNONYMS.set(t, new Set([...(SYNONYMS.get(t) ?? []), ...terms.filter((x) => x !== t)]));
}

const SYNONYM_WEIGHT = 0.5;
const GLOSSARY_WEIGHT = 0.2;
const TYPO_WEIGHT = 0.9;
const BORROWED_IMPORTANCE = 0.7;
export const QUERY = { unknownImportance: 2 };
const FILLER_IMPORTANCE = 0.2;
const FOLLOW_UP_FILLER = new Set(
  ["code", "example", "look", "show", "test", "check", "work", "program"].map((w) =>
    processTerm(w)!,
  ),
);

/**
 * Code identifiers written apart ("set sock opt", "reuse addr", "recv from", "so reuseaddr"): two or
 * three neighbouring words that join into a course term stand for that identifier.
 */
function joinedIdentifiers(
  text: string,
  vocabulary: QueryVocabulary,
): { joined: string[]; parts: Set<string> } {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const joined: string[] = [];
  const parts = new Set<string>();
  for (let i = 0; i < words.length; i++)
    for (const n of [3, 2]) {
      const run = words.slice(i, i + n);
      if (run.length < n || run.every((w) => vocabulary.terms.has(w) && w.length > 4)) continue;
      const hit = [run.join(""), run.join("_")].find(
        (j) => j.length >= 6 && vocabulary.terms.has(j),
      );
      if (!hit) continue;
      if (!joined.includes(hit)) joined.push(hit);
      for (const w of run) parts.add(w);
      break;
    }
  return { joined, parts };
}

function conceptsOfWords(text: string, vocabulary: QueryVocabulary): Concept[] {
  const concepts = new Map<string, Concept>();
  const { joined, parts } = joinedIdentifiers(text, vocabulary);
  for (const j of joined) concepts.set(j, { importance: 1, alternatives: new Map([[j, 1]]) });
  for (const raw of tokenize(text)) {
    const word = raw.toLowerCase();
    if (FILLER.has(word) || parts.has(word)) continue;
    const term = processTerm(raw);
    if (!term || concepts.has(term)) continue;
    const alternatives = new Map([[term, 1]]);
    if (!vocabulary.terms.has(term) && !SYNONYMS.has(term)) {
      const fixed = correctWord(word, vocabulary.words);
      const fixedTerm = fixed && processTerm(fixed);
      // A misspelt stop word ("usualy") is dropped like the word itself.
      if (fixed && !fixedTerm) continue;
      if (fixedTerm) alternatives.set(fixedTerm, TYPO_WEIGHT);
    }
    for (const alt of [...alternatives.keys()])
      for (const s of SYNONYMS.get(alt) ?? [])
        if (!alternatives.has(s)) alternatives.set(s, SYNONYM_WEIGHT);
    // A word the course never uses (nor anything it stands for) counts less: it can't be matched.
    const known = [...alternatives.keys()].some((t) => vocabulary.terms.has(t));
    concepts.set(term, { importance: known ? 1 : QUERY.unknownImportance, alternatives });
  }
  return [...concepts.values()];
}

export function analyzeQuestion(
  question: string,
  vocabulary: QueryVocabulary,
  previous?: string,
): Concept[] {
  const phrased = PHRASES.reduce(
    (q, [pattern, words]) => q.replace(pattern, (m) => `${m} ${words}`),
    REWRITES.reduce((q, [pattern, word]) => q.replace(pattern, word), question),
  );
  const kept = new Set(borrowedTerms(question, previous));
  const borrowed = (kept.size ? conceptsOfWords(previous!, vocabulary) : [])
    .filter((c) => kept.has([...c.alternatives.keys()][0]!))
    .map((c) => ({ ...c, importance: BORROWED_IMPORTANCE }));
  // In a follow-up, "show me the code for that" asks for code about the earlier topic: "code" and
  // such still rank passages, but barely count in verification.
  const own = conceptsOfWords(phrased, vocabulary).map((c) =>
    borrowed.length > 0 && FOLLOW_UP_FILLER.has([...c.alternatives.keys()][0]!)
      ? { ...c, importance: FILLER_IMPORTANCE }
      : c,
  );
  const concepts = [...own, ...borrowed];
  const named = new Set(concepts.flatMap((c) => [...c.alternatives.keys()]));
  const expansions = glossaryExpansions(vocabulary.glossary, named, vocabulary.idf);
  if (expansions.size > 0)
    concepts.push({
      importance: 0,
      alternatives: new Map([...expansions].map((t) => [t, GLOSSARY_WEIGHT])),
    });
  return concepts;
}

/** Every search term with its weight (the best any concept gives it). */
export function termWeights(concepts: Concept[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const c of concepts)
    for (const [t, w] of c.alternatives) {
      const weight = w * (c.importance || 1);
      weights.set(t, Math.max(weights.get(t) ?? 0, weight));
    }
  return weights;
}

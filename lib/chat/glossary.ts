/**
 * The course's own glossary: every card's front (the term or question) and the first sentence of
 * its back (the definition). A question naming a term also searches for its definition's words,
 * and a question phrased like a definition also searches for the term.
 */
import { termsOf } from "./terms";
import type { Passage } from "./types";

export interface GlossaryEntry {
  term: string[];
  definition: string[];
}

const firstSentence = (text: string) => /^[^\n]*?[.!?](?=\s|$)|^[^\n]*/.exec(text)![0];

export function courseGlossary(passages: Passage[]): GlossaryEntry[] {
  return passages
    .filter((p) => p.kind === "flashcard")
    .map((p) => ({
      term: termsOf(p.title),
      definition: termsOf(firstSentence(p.text.slice(0, p.code[0]?.start ?? p.text.length))),
    }))
    .filter((e) => e.term.length > 0 && e.term.length <= 4 && e.definition.length > 0);
}

// Only a specific term ("backlog", "NIC") expands to its definition; "socket" would match everything.
const SPECIFIC_IDF = 2.5;
const DEFINITION_WORDS = 6;

/** Definition words for the terms a question names, and terms whose definition it paraphrases. */
export function glossaryExpansions(
  glossary: GlossaryEntry[],
  terms: Set<string>,
  idf: Map<string, number>,
): Set<string> {
  const out = new Set<string>();
  for (const { term, definition } of glossary) {
    const specific = term.every((t) => terms.has(t) && (idf.get(t) ?? 0) >= SPECIFIC_IDF);
    if (specific) for (const t of definition.slice(0, DEFINITION_WORDS)) out.add(t);
    const covered = definition.filter((t) => terms.has(t)).length;
    if (definition.length >= 2 && covered >= 2 && covered * 3 >= definition.length * 2)
      for (const t of term) out.add(t);
  }
  for (const t of terms) out.delete(t);
  return out;
}

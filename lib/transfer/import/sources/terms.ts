/**
 * Term/definition lists: Quizlet's export (tab or comma between term and definition, newline or
 * semicolon between cards, or custom separators) and plain notes with term and definition on
 * alternating lines. Every pair becomes a `term` flashcard; an unpaired first line is the title.
 */
import type { ParsedSource, RawCard } from "./types";

export interface TermSeparators {
  /** Between a term and its definition; "\n" means alternating lines. */
  term?: string;
  /** Between cards. */
  card?: string;
}

interface Split {
  title: string;
  cards: RawCard[];
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

function splitCards(text: string, term: string, card: string, strict: boolean): Split | null {
  const chunks = (card === "\n" ? text.split("\n") : text.split(card))
    .map((c) => c.trim())
    .filter(Boolean);
  // Quizlet's semicolon export keeps each card on one line; multi-line chunks mean it is not that.
  if (!strict && card !== "\n" && chunks.some((c) => c.includes("\n"))) return null;
  const title = chunks.length > 1 && !chunks[0]!.includes(term) ? clean(chunks.shift()!) : "";
  if (chunks.length === 0 || !chunks.every((c) => c.includes(term))) return null;
  const cards = chunks.map((c) => {
    const at = c.indexOf(term);
    return { front: clean(c.slice(0, at)), back: clean(c.slice(at + term.length)) };
  });
  return cards.every((c) => c.front && c.back) ? { title, cards } : null;
}

/** Term line, definition line, term line…; with an odd count the first line is the title. */
function splitAlternating(text: string): Split | null {
  const lines = text.split("\n").map(clean).filter(Boolean);
  const title = lines.length % 2 === 1 ? lines.shift()! : "";
  if (lines.length < 2) return null;
  const cards: RawCard[] = [];
  for (let i = 0; i < lines.length; i += 2) cards.push({ front: lines[i]!, back: lines[i + 1]! });
  return { title, cards };
}

/** The separators that give the most cards; ties go to the usual Quizlet defaults (tab, newline). */
function findSplit(text: string, seps: TermSeparators): Split | null {
  if (seps.term === "\n") return splitAlternating(text);
  const strict = seps.term !== undefined || seps.card !== undefined;
  let best: Split | null = null;
  for (const term of seps.term !== undefined ? [seps.term] : ["\t", ","]) {
    for (const card of seps.card !== undefined ? [seps.card] : ["\n", ";"]) {
      const split = splitCards(text, term, card, strict);
      if (split && split.cards.length > (best?.cards.length ?? 0)) best = split;
    }
  }
  if (strict) return best;
  // A guess resting on one card is more likely prose with a comma in it than a term list.
  const guess = best ?? (looksLikeAlternatingTerms(text) ? splitAlternating(text) : null);
  return guess && guess.cards.length >= 2 ? guess : null;
}

const MAX_TERM_LENGTH = 150;
const BULLET_LINE = /^\s*[-*•●▪‣◦✓✔]\s/;

/** Slides and transcripts also have lines; bullets or paragraph-long "terms" give them away. */
function looksLikeAlternatingTerms(text: string): boolean {
  const lines = text.split("\n").map(clean).filter(Boolean);
  const terms = lines.slice(lines.length % 2).filter((_, i) => i % 2 === 0);
  return (
    text.split("\n").filter((l) => BULLET_LINE.test(l)).length < 2 &&
    terms.every((t) => t.length <= MAX_TERM_LENGTH)
  );
}

const escapeBold = (s: string) => s.replace(/[*\\]/g, "\\$&");

export function parseTermList(text: string, seps: TermSeparators = {}): ParsedSource {
  const split = findSplit(text.replace(/\r\n?/g, "\n"), seps);
  const cards = split?.cards ?? [];
  return {
    format: "terms",
    title: split?.title ?? "",
    summary: cards.length ? `${cards.length} terms and their definitions.` : "",
    sections: cards.length
      ? [{ heading: "Terms", bullets: cards.map((c) => `**${escapeBold(c.front)}**: ${c.back}`) }]
      : [],
    questions: [],
    cards,
    warnings: [],
  };
}

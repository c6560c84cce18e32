/**
 * Quizlet's export: term and definition separated by a tab, a comma or the person's own text,
 * cards by a new line, a semicolon or their own text. With separators given they are followed
 * exactly; without, a one-line export with `;` between cards is recognised.
 */
import type { RawCard } from "../types";
export interface TermSeparators {
  /** Between a term and its definition; "\n" means alternating lines. */
  term?: string;
  /** Between cards. */
  card?: string;
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

export interface Split {
  title: string;
  cards: RawCard[];
}

/** `strict`: the person's separators; `semicolon`: an export with `;` between cards, if it is one. */
export function splitWithSeparators(text: string, seps: TermSeparators) {
  const normal = text.replace(/\r\n?/g, "\n").trim();
  if (seps.term === "\n") return { strict: splitAlternating(normal), semicolon: null };
  if (seps.term !== undefined || seps.card !== undefined) {
    let best: Split | null = null;
    for (const term of seps.term !== undefined ? [seps.term] : ["\t", ","]) {
      for (const card of seps.card !== undefined ? [seps.card] : ["\n", ";"]) {
        const split = splitCards(normal, term, card, true);
        if (split && split.cards.length > (best?.cards.length ?? 0)) best = split;
      }
    }
    return { strict: best, semicolon: null };
  }
  const semicolon = ["\t", ","]
    .map((term) => splitCards(normal, term, ";", false))
    .find((split) => split && split.cards.length >= 2);
  return { strict: null, semicolon: semicolon ?? null };
}

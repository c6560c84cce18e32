/**
 * Which parser a file needs. Quizgecko pages are recognised by their fixed page text; anything
 * else that yields term/definition pairs is a term list; the rest is reported, not guessed at.
 */
import { parseQuizgecko, QUIZGECKO_SIGNS } from "./quizgecko";
import { parseTermList, type TermOptions } from "./terms";
import type { ParsedSource, SourceFormat } from "./types";

export function looksLikeQuizgecko(text: string): boolean {
  return QUIZGECKO_SIGNS.filter((sign) => sign.test(text)).length >= 2;
}

/** Parses with the forced format, or the detected one; null when nothing fits. */
export function parseSource(
  text: string,
  format: SourceFormat | undefined,
  seps: TermOptions,
): ParsedSource | null {
  if (text.includes("\u0000")) return null;
  if (format === "quizgecko" || (!format && looksLikeQuizgecko(text))) return parseQuizgecko(text);
  const terms = parseTermList(text, seps);
  return format === "terms" || terms.cards.length > 0 ? terms : null;
}

export const EXPECTED_FORMATS =
  'a Quizgecko lesson page (with "Questions and Answers", "Flashcards" and "Study Notes") or a term list ' +
  "(term<TAB>definition or term,definition per line, cards separated by newlines or semicolons, " +
  "or term and definition on alternating lines)";

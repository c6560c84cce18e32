/**
 * Which reader a text needs, from the whole text: Anki's export by its `#separator:`-style
 * header, Quizgecko pages by their fixed page text, CSV by a header row naming our columns;
 * anything else is read as a term list, which reports when it found nothing.
 */
import { looksLikeAnkiText } from "./anki/header";
import { looksLikeCsv } from "./csv-rows";
import { QUIZGECKO_SIGNS } from "./quizgecko";

export function looksLikeQuizgecko(text: string): boolean {
  return QUIZGECKO_SIGNS.filter((sign) => sign.test(text)).length >= 2;
}

export function detectFormat(text: string): "anki" | "quizgecko" | "csv" | "terms" {
  if (looksLikeAnkiText(text)) return "anki";
  if (looksLikeQuizgecko(text)) return "quizgecko";
  return looksLikeCsv(text) ? "csv" : "terms";
}

export const EXPECTED_FORMATS =
  'a Quizgecko lesson page (with "Questions and Answers", "Flashcards" and "Study Notes"), a term list ' +
  "(copied from a study site or exported from Quizlet: term and definition separated by a tab, comma, dash " +
  "or colon, on alternating lines, in blank-line blocks or after Q/A markers), Anki's plain-text export, " +
  "or a CSV with a header row";

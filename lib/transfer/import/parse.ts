/**
 * The one way an upload is read, for the browser and the CLI alike: the format detected (or
 * chosen), then Quizgecko pages, term lists, Anki's text export or CSV read into items without
 * ids — ids are given when the items are placed in a lesson. Errors are values.
 */
import { buildQuestions } from "./questions";
import { parseAnkiText } from "./sources/anki";
import { parseCsv } from "./sources/csv-rows";
import { detectFormat, EXPECTED_FORMATS } from "./sources/detect";
import { parseQuizgecko } from "./sources/quizgecko";
import { parseTermList, type TermLayout, type TermSeparators } from "./sources/terms";
import { fenceCode } from "./sources/terms/page";
import type { ParsedSource } from "./sources/types";
import type { ParseResult, UploadFormat } from "./types";

export interface UploadText {
  text: string;
  format: UploadFormat;
  separators?: TermSeparators;
  /** A term-list layout the person chose in the preview. */
  layout?: TermLayout;
}

function read(
  text: string,
  format: "quizgecko" | "anki" | "terms",
  input: UploadText,
): ParsedSource | { ok: false; error: string } {
  if (format === "quizgecko") return parseQuizgecko(text);
  if (format === "terms") return parseTermList(text, { ...input.separators, layout: input.layout });
  const anki = parseAnkiText(text);
  return anki.ok ? anki.source : anki;
}

export function parseUpload(input: UploadText): ParseResult {
  const text = input.text.replace(/^\uFEFF/, "");
  if (!text.trim()) return { ok: false, error: "the upload is empty: choose a file or paste text" };
  if (text.includes("\u0000"))
    return { ok: false, error: `this is a binary file, not text; expected ${EXPECTED_FORMATS}` };
  const format = input.format === "auto" ? detectFormat(text) : input.format;
  if (format === "csv") return parseCsv(text);
  const parsed = read(text, format, input);
  if ("ok" in parsed) return parsed;
  if (parsed.questions.length + parsed.cards.length === 0) {
    return {
      ok: false,
      error: `no questions or flashcards found when read as ${parsed.format === "terms" ? "a term list" : parsed.format}; expected ${EXPECTED_FORMATS}`,
    };
  }
  const questions = buildQuestions(parsed.questions, "imported", "upload").map(
    ({ id: _id, source: _source, ...q }, i) => ({ ...q, where: `question ${i + 1}` }),
  );
  const terms = parsed.format === "terms";
  const cards = parsed.cards.map((c, i) => ({
    front: c.front,
    back: terms ? fenceCode(c.back) : c.back,
    kind: parsed.format === "terms" ? ("term" as const) : ("card" as const),
    examples: [],
    where: `card ${i + 1}`,
  }));
  return {
    ok: true,
    upload: {
      format: parsed.format,
      title: parsed.title,
      summary: parsed.summary,
      sections: parsed.sections,
      questions,
      cards,
      warnings: parsed.warnings,
      ...(parsed.layout ? { layout: parsed.layout } : {}),
    },
  };
}

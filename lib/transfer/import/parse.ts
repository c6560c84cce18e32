/**
 * Reads an upload with the existing content importer (Quizgecko pages, term lists) or the CSV
 * reader, and returns items without ids: ids are given when the items are matched to a lesson.
 */
import { EXPECTED_FORMATS, looksLikeQuizgecko, parseSource } from "./sources/detect";
import { buildQuestions } from "./questions";
import type { TermSeparators } from "./sources/terms";
import { looksLikeCsv, parseCsv } from "./sources/csv-rows";
import type { ParseResult, UploadFormat } from "./types";

export interface UploadText {
  text: string;
  format: UploadFormat;
  separators?: TermSeparators;
}

/** Quizgecko pages are recognised by their page text, CSV by its header; the rest is a term list. */
function pickFormat(text: string, format: UploadFormat): Exclude<UploadFormat, "auto"> {
  if (format !== "auto") return format;
  if (looksLikeQuizgecko(text)) return "quizgecko";
  return looksLikeCsv(text) ? "csv" : "terms";
}

export function parseUpload(input: UploadText): ParseResult {
  const text = input.text.replace(/^\uFEFF/, "");
  if (!text.trim()) return { ok: false, error: "the upload is empty: choose a file or paste text" };
  const format = pickFormat(text, input.format);
  if (format === "csv") return parseCsv(text);
  const parsed = parseSource(text, format, input.separators ?? {});
  if (!parsed || parsed.questions.length + parsed.cards.length === 0) {
    return {
      ok: false,
      error: `no questions or flashcards found; expected ${EXPECTED_FORMATS}, or a CSV with a header row`,
    };
  }
  // The importer numbers ids per lesson; here the target lesson decides them, so drop them.
  const questions = buildQuestions(parsed.questions, "imported", "upload").map(
    ({ id: _id, source: _source, ...q }, i) => ({ ...q, where: `question ${i + 1}` }),
  );
  const cards = parsed.cards.map((c, i) => ({
    front: c.front,
    back: c.back,
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
    },
  };
}

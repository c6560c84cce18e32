/**
 * CSV (or TSV) with a header row: `front,back` makes flashcards; `question,options,answer,explanation`
 * makes questions. Optional columns: id, type, kind, section, examples (and explanation: a blank cell
 * is none). Options (and example ids) are separated by "|", or by ";" when the cell has no "|". Every
 * row is checked with the content schemas; the first bad row is reported by its row number (the
 * header is row 1) and column, in plain words.
 */
import Papa from "papaparse";
import type { z } from "zod";
import { flashcardSchema, questionSchema } from "../../../content/schema";
import { plainIssue } from "../../../format/zod-issue";
import type { IncomingCard, IncomingQuestion, ParseResult } from "./types";

/** A question whose explanation cell is blank (or that has no explanation column) gets this one. */
export const NO_CSV_EXPLANATION = "Imported from a CSV sheet.";

type Row = Record<string, string | undefined>;

export function csvHeader(text: string): string[] {
  const first = Papa.parse<string[]>(text.trimStart(), { preview: 1 });
  return (first.data[0] ?? []).map((h) => h.trim().toLowerCase());
}

export function looksLikeCsv(text: string): boolean {
  const header = csvHeader(text);
  return (
    (header.includes("front") && header.includes("back")) ||
    (header.includes("question") && header.includes("answer"))
  );
}

const cell = (row: Row, name: string) => (row[name] ?? "").trim();
const splitOptions = (s: string) =>
  (s.includes("|") ? s.split("|") : s.split(";")).map((o) => o.trim()).filter(Boolean);

/** Section anchor and linked example ids, when the sheet has those columns. */
function optional(row: Row) {
  return {
    ...(cell(row, "section") ? { section: cell(row, "section") } : {}),
    examples: splitOptions(cell(row, "examples")),
  };
}

function questionFromRow(row: Row): unknown {
  const options = splitOptions(cell(row, "options"));
  const answer = cell(row, "answer");
  const isTrueFalse =
    options.length === 2 &&
    options
      .map((o) => o.toLowerCase())
      .sort()
      .join() === "false,true";
  const type =
    cell(row, "type") ||
    (options.length === 0 ? "typed" : isTrueFalse ? "true_false" : "multiple_choice");
  // A lone letter picks an option by position (A = first), as quiz sheets often do.
  const byLetter =
    /^[A-Za-z]$/.test(answer) && !options.includes(answer)
      ? options[answer.toUpperCase().charCodeAt(0) - 65]
      : undefined;
  const correct = byLetter ?? answer;
  const texts = type === "typed" ? splitOptions(answer) : options;
  return {
    id: cell(row, "id") || "imported",
    type,
    prompt: cell(row, "question"),
    options: texts.map((text) => ({
      text,
      correct: type === "typed" || text.toLowerCase() === correct.toLowerCase(),
    })),
    explanation: cell(row, "explanation") || NO_CSV_EXPLANATION,
    ...optional(row),
  };
}

function cardFromRow(row: Row): unknown {
  return {
    id: cell(row, "id") || "imported",
    front: cell(row, "front"),
    back: cell(row, "back"),
    kind: cell(row, "kind") || "card",
    ...optional(row),
  };
}

/** Zod's path for the prompt is "prompt"; the sheet calls that column "question". */
const COLUMN_FOR_FIELD: Record<string, string> = {
  prompt: "question",
  options: "options (or answer)",
};

/** `value` is what was parsed, so the message can quote what the row said. */
function rowError(
  where: string,
  error: { issues: z.core.$ZodIssue[] },
  value: unknown,
): ParseResult {
  const issue = error.issues[0]!;
  const field = String(issue.path[0] ?? "row");
  return {
    ok: false,
    error: `${where}, column "${COLUMN_FOR_FIELD[field] ?? field}": ${plainIssue(issue, value)}`,
  };
}

/** The answer must name one of the options; said plainly rather than as "0 correct options". */
function answerProblem(row: Row): string | null {
  const options = splitOptions(cell(row, "options"));
  const answer = cell(row, "answer");
  if (!answer) return "is empty";
  if (options.length === 0 || /^[A-Za-z]$/.test(answer)) return null;
  return options.some((o) => o.toLowerCase() === answer.toLowerCase())
    ? null
    : `"${answer}" is not one of the options (${options.join(" | ")})`;
}

export function parseCsv(text: string): ParseResult {
  const parsed = Papa.parse<Row>(text.replace(/^\s*\n/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const broken = parsed.errors.find((e) => e.type !== "Delimiter");
  if (broken) return { ok: false, error: `row ${(broken.row ?? 0) + 2}: ${broken.message}` };
  const header = parsed.meta.fields ?? [];
  const asQuestions = header.includes("question") && header.includes("answer");
  if (!asQuestions && !(header.includes("front") && header.includes("back"))) {
    return {
      ok: false,
      error: `the header row must name front,back (flashcards) or question,options,answer,explanation (questions); found: ${header.join(", ")}`,
    };
  }
  const questions: IncomingQuestion[] = [];
  const cards: IncomingCard[] = [];
  for (const [i, row] of parsed.data.entries()) {
    const where = `row ${i + 2}`;
    const id = cell(row, "id") || undefined;
    if (asQuestions) {
      const problem = answerProblem(row);
      if (problem) return { ok: false, error: `${where}, column "answer": ${problem}` };
      const value = questionFromRow(row);
      const result = questionSchema.safeParse(value);
      if (!result.success) return rowError(where, result.error, value);
      questions.push({ ...result.data, id, where });
    } else {
      const value = cardFromRow(row);
      const result = flashcardSchema.safeParse(value);
      if (!result.success) return rowError(where, result.error, value);
      cards.push({ ...result.data, id, where });
    }
  }
  return {
    ok: true,
    upload: { format: "csv", title: "", summary: "", sections: [], questions, cards, warnings: [] },
  };
}

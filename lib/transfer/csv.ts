/**
 * CSV/TSV downloads of flashcards or questions, one row per item with a header, in the same
 * columns the CSV import reads back (options joined by " | ", answer = the correct option's text).
 */
import Papa from "papaparse";
import type { ContentExport } from "../content/export-schema";

export type TableKind = "flashcards" | "questions";

/** Joins options for one cell; the import splits on "|" (or ";" when a cell has no "|"). */
export const OPTION_SEPARATOR = " | ";

function flashcardRows(data: ContentExport) {
  return data.courses.flatMap((c) =>
    c.lessons.flatMap((l) =>
      l.flashcards.map((f) => ({
        id: f.id,
        course: c.slug,
        lesson: l.slug,
        front: f.front,
        back: f.back,
        kind: f.kind,
        section: f.section ?? "",
        examples: f.examples.join(OPTION_SEPARATOR),
      })),
    ),
  );
}

function questionRows(data: ContentExport) {
  return data.courses.flatMap((c) =>
    c.lessons.flatMap((l) =>
      l.questions.map((q) => ({
        id: q.id,
        course: c.slug,
        lesson: l.slug,
        type: q.type,
        question: q.prompt,
        // Typed questions have no choices: every accepted answer goes in "answer".
        options: q.type === "typed" ? "" : q.options.map((o) => o.text).join(OPTION_SEPARATOR),
        answer: q.options
          .filter((o) => o.correct)
          .map((o) => o.text)
          .join(OPTION_SEPARATOR),
        explanation: q.explanation,
        section: q.section ?? "",
        examples: q.examples.join(OPTION_SEPARATOR),
      })),
    ),
  );
}

const COLUMNS: Record<TableKind, string[]> = {
  flashcards: ["id", "course", "lesson", "front", "back", "kind", "section", "examples"],
  questions: [
    "id",
    "course",
    "lesson",
    "type",
    "question",
    "options",
    "answer",
    "explanation",
    "section",
    "examples",
  ],
};

export function toTable(data: ContentExport, kind: TableKind, delimiter: "," | "\t"): string {
  const rows = kind === "flashcards" ? flashcardRows(data) : questionRows(data);
  return (
    Papa.unparse(
      {
        fields: COLUMNS[kind],
        data: rows.map((r) => COLUMNS[kind].map((col) => String(r[col as keyof typeof r]))),
      },
      // A cell starting with = + - @ (or a tab or carriage return) would run as a formula in a spreadsheet: papaparse prefixes a quote.
      { delimiter, newline: "\n", escapeFormulae: true },
    ) + "\n"
  );
}

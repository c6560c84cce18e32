/**
 * Anki's plain-text export ("Notes in Plain Text"): header lines (./header.ts: `separator`,
 * `html`, `tags`, `columns`, `notetype`, `deck`, and 1-based `guid`/`notetype`/`deck`/`tags
 * column`), then one note per row, CSV with that separator and double quotes. The first field is the front, the second
 * the back (or the fields named Front/Back or Text/Back Extra); cloze notes give one card per
 * deletion.
 */
import Papa from "papaparse";
import { hasHtml } from "../html";
import type { ParsedSource, RawCard } from "../types";
import { clozeCards } from "./cloze";
import { delimiterOf, META_COLUMNS, readHeader } from "./header";
import { ankiFieldToMarkdown, type HtmlLosses } from "./html";

export type AnkiResult = { ok: true; source: ParsedSource } | { ok: false; error: string };

export function parseAnkiText(text: string): AnkiResult {
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  const header = readHeader(lines);
  const body = lines.slice(header.length).join("\n");
  const delimiter = delimiterOf(header, body);
  const parsed = Papa.parse<string[]>(body, {
    delimiter,
    quoteChar: '"',
    comments: "#",
    skipEmptyLines: "greedy",
  });
  const broken = parsed.errors[0];
  if (broken)
    return { ok: false, error: `line ${header.length + (broken.row ?? 0) + 1}: ${broken.message}` };
  const meta = new Set(
    META_COLUMNS.map((k) => Number(header.values.get(k)) - 1).filter(
      (i) => Number.isInteger(i) && i >= 0,
    ),
  );
  const htmlHeader = header.values.get("html")?.trim().toLowerCase();
  const html = htmlHeader ? htmlHeader === "true" : parsed.data.some((row) => row.some(hasHtml));
  const labels = (header.values.get("columns") ?? "")
    .split(delimiter)
    .map((l) => l.trim().toLowerCase());
  const fieldIndex = (names: string[], fallback: number) => {
    const at = labels.findIndex((l) => names.includes(l));
    return at >= 0 ? at : fallback;
  };
  const fieldColumns = (row: string[]) => row.map((_, i) => i).filter((i) => !meta.has(i));
  const losses: HtmlLosses = { images: 0, sounds: 0 };
  const md = (s: string | undefined) => ankiFieldToMarkdown(s ?? "", html, losses);
  const cards: RawCard[] = [];
  const tagsColumn = Number(header.values.get("tags column")) - 1;
  let tagged = 0;
  for (const [r, row] of parsed.data.entries()) {
    const where = `line ${header.length + r + 1}`;
    const fields = fieldColumns(row);
    if (
      fields.filter((i) => row[i]?.trim()).length < 2 &&
      !/\{\{c\d+::/.test(row[fields[0] ?? 0] ?? "")
    )
      return {
        ok: false,
        error: `${where}: the note has one field ("${(row[fields[0] ?? 0] ?? "").slice(0, 40)}"); a card needs a front and a back`,
      };
    const front = md(row[fieldIndex(["front", "text"], fields[0] ?? 0)]);
    const backAt = fieldIndex(["back", "back extra"], fields[1] ?? -1);
    const back = backAt >= 0 ? md(row[backAt]) : "";
    if (row[tagsColumn]?.trim()) tagged++;
    if (/\{\{c\d+::/.test(front)) {
      cards.push(...clozeCards(front, back));
      continue;
    }
    if (!front) return { ok: false, error: `${where}: the note's first field is empty` };
    if (!back)
      return {
        ok: false,
        error: `${where}: the note "${front.slice(0, 40)}" has no second field (back)`,
      };
    cards.push({ front, back });
  }
  if (cards.length === 0) return { ok: false, error: "the Anki export has headers but no notes" };
  const warnings = [
    ...(tagged || header.values.get("tags")?.trim()
      ? [`tags on ${tagged || cards.length} notes are not kept`]
      : []),
    ...(losses.images
      ? [`${losses.images} image(s) left out (media is not imported); their alt text is kept`]
      : []),
    ...(losses.sounds ? [`${losses.sounds} sound(s) left out (media is not imported)`] : []),
  ];
  return {
    ok: true,
    source: {
      format: "anki",
      title: "",
      summary: "",
      sections: [],
      questions: [],
      cards,
      warnings,
    },
  };
}

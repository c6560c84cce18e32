/**
 * Anki's plain-text export ("Notes in Plain Text"): `#key:value` header lines, then one note per
 * row. Headers as Anki reads them (rslib import_export/text/csv/metadata.rs): `separator` (tab,
 * comma, semicolon, space, pipe, colon or the character itself), `html` (true/false), `tags`,
 * `columns` (labels), `notetype`, `deck`, and 1-based `guid`/`notetype`/`deck`/`tags column`.
 * Rows are CSV with that separator and double quotes. The first field is the front, the second
 * the back (or the fields named Front/Back or Text/Back Extra); cloze notes give one card per
 * deletion.
 */
import Papa from "papaparse";
import { ankiFieldToMarkdown, type HtmlLosses } from "./anki-html";
import { hasHtml } from "./html";
import type { ParsedSource, RawCard } from "./types";

const DELIMITERS: Record<string, string> = {
  tab: "\t",
  comma: ",",
  semicolon: ";",
  space: " ",
  pipe: "|",
  colon: ":",
};
const META_COLUMNS = ["guid column", "notetype column", "deck column", "tags column"] as const;

export function looksLikeAnkiText(text: string): boolean {
  return /^#(separator|html|columns|notetype|deck|tags|guid column|notetype column|deck column|tags column):/im.test(
    text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "",
  );
}

interface Header {
  values: Map<string, string>;
  /** Rows start after this many lines. */
  length: number;
}

function readHeader(lines: string[]): Header {
  const values = new Map<string, string>();
  let length = 0;
  for (const line of lines) {
    const m = /^#([^:]+):(.*)$/.exec(line);
    if (!line.startsWith("#")) break;
    length++;
    if (m) values.set(m[1]!.trim().toLowerCase(), m[2]!.replace(/\r$/, ""));
  }
  return { values, length };
}

function delimiterOf(header: Header, body: string): string {
  const named = header.values.get("separator")?.trim().toLowerCase();
  if (named && DELIMITERS[named]) return DELIMITERS[named];
  if (named && named.length === 1) return named;
  return ["\t", "|", ";", ":", ",", " "].find((d) => body.includes(d)) ?? "\t";
}

/** `{{c1::answer::hint}}`: the card for deletion n hides only its own deletions. */
function clozeCards(text: string, extra: string): RawCard[] {
  const numbers = [...new Set([...text.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1])))];
  return numbers
    .sort((a, b) => a - b)
    .map((n) => {
      const show = (hide: boolean) =>
        text.replace(
          /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g,
          (_m, c: string, answer: string, hint?: string) =>
            Number(c) !== n ? answer : hide ? `[${hint ?? "…"}]` : `**${answer}**`,
        );
      return { front: show(true), back: [show(false), extra].filter(Boolean).join("\n\n") };
    });
}

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

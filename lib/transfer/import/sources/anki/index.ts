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
import { delimiterOf, META_COLUMNS, readHeader, type Header } from "./header";
import { ankiFieldToMarkdown, type HtmlLosses } from "./html";
import { pluralize } from "../../../../format/plural";

export type AnkiResult = { ok: true; source: ParsedSource } | { ok: false; error: string };

const CLOZE = /\{\{c\d+::/;

/** Where each part of a note is, from the header: fields by label or position, meta columns. */
function layoutOf(header: Header, delimiter: string) {
  const column = (key: string) => Number(header.values.get(key)) - 1;
  const meta = new Set(META_COLUMNS.map(column).filter((i) => Number.isInteger(i) && i >= 0));
  const labels = (header.values.get("columns") ?? "")
    .split(delimiter)
    .map((l) => l.trim().toLowerCase());
  const named = (names: string[]) => labels.findIndex((l) => names.includes(l));
  return {
    fields: (row: string[]) => row.map((_, i) => i).filter((i) => !meta.has(i)),
    front: named(["front", "text"]),
    back: named(["back", "back extra"]),
    notetype: column("notetype column"),
    deck: column("deck column"),
    tags: column("tags column"),
  };
}

/** One note's cards, or why it can't be a card. */
function noteCards(row: string[], at: ReturnType<typeof layoutOf>, md: (s?: string) => string) {
  const fields = at.fields(row);
  const frontRaw = row[at.front >= 0 ? at.front : (fields[0] ?? 0)] ?? "";
  const front = md(frontRaw);
  const back = md(row[at.back >= 0 ? at.back : (fields[1] ?? -1)]);
  if (CLOZE.test(front)) return clozeCards(front, back);
  if (!front || !back)
    return `the note has one field ("${(front || back).slice(0, 40)}"); a card needs a front and a back`;
  const reversed = /revers/i.test(row[at.notetype] ?? "");
  return reversed
    ? [
        { front, back },
        { front: back, back: front },
      ]
    : [{ front, back }];
}

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
  const htmlHeader = header.values.get("html")?.trim().toLowerCase();
  const html = htmlHeader ? htmlHeader === "true" : parsed.data.some((row) => row.some(hasHtml));
  const losses: HtmlLosses = { images: 0, sounds: 0 };
  const md = (s?: string) => ankiFieldToMarkdown(s ?? "", html, losses);
  const at = layoutOf(header, delimiter);
  const cards: RawCard[] = [];
  for (const [r, row] of parsed.data.entries()) {
    const read = noteCards(row, at, md);
    if (typeof read === "string")
      return { ok: false, error: `line ${header.length + r + 1}: ${read}` };
    cards.push(...read);
  }
  if (cards.length === 0) return { ok: false, error: "the Anki export has headers but no notes" };
  const tagged = parsed.data.filter((row) => row[at.tags]?.trim()).length;
  const decks = new Set(parsed.data.map((row) => row[at.deck]?.trim()).filter(Boolean));
  const warnings = [
    ...(tagged || header.values.get("tags")?.trim()
      ? [`tags on ${pluralize(tagged || parsed.data.length, "note")} are not kept`]
      : []),
    ...(decks.size > 1
      ? [`notes from ${decks.size} decks (${[...decks].join(", ")}) go into one lesson`]
      : []),
    ...(losses.images
      ? [
          `${pluralize(losses.images, "image")} left out (media is not imported); their alt text is kept`,
        ]
      : []),
    ...(losses.sounds
      ? [`${pluralize(losses.sounds, "sound")} left out (media is not imported)`]
      : []),
  ];
  const source: ParsedSource = {
    format: "anki",
    title: "",
    summary: `${pluralize(cards.length, "card")} from an Anki export.`,
    sections: [],
    questions: [],
    cards,
    warnings,
  };
  return { ok: true, source };
}

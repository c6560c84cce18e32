/**
 * One card per line with a separator between term and definition (tab, comma, dash, colon,
 * equals). Lines without it continue the definition above (code, wrapped text) when more cards
 * follow; after the last card only code does, so a trailing "Sign up…" never joins a definition.
 */
import type { RawCard } from "../types";
import { looksLikeCode, tidySide, type PageLine } from "./page";
import {
  dropHeaderRow,
  stripDefinitionDash,
  stripNumber,
  stripNumbers,
  type Reading,
  type TermLayout,
} from "./reading";

export const SEPARATORS: Array<{ layout: TermLayout; sep: string }> = [
  { layout: "tab", sep: "\t" },
  { layout: "dash", sep: " – " },
  { layout: "dash", sep: " — " },
  { layout: "dash", sep: " - " },
  { layout: "colon", sep: ": " },
  { layout: "equals", sep: " = " },
  { layout: "comma", sep: "," },
];

const MARKER_WORD = /^(q|a|question|answer|term|definition|front|back)$/i;

/** Where the separator splits a line, or -1; a CSV-quoted comma term is skipped over. */
function splitAt(line: string, sep: string): number {
  if (sep === "," && line.startsWith('"')) {
    const close = /^"(?:[^"]|"")*"/.exec(line);
    return close && line.startsWith(",", close[0].length) ? close[0].length : -1;
  }
  const at = line.indexOf(sep);
  return at > 0 && line.slice(at + sep.length).trim() ? at : -1;
}

const unquote = (s: string, sep: string) =>
  sep === "," && /^"(?:[^"]|"")*"$/.test(s.trim()) ? s.trim().slice(1, -1).replace(/""/g, '"') : s;

export function readSeparated(all: PageLine[], layout: TermLayout, sep: string): Reading {
  const lines = all.filter((l) => l.text.trim() || l.fenced);
  const raw = lines.map((l) => l.text.trim());
  const hits = raw.map((t, i) => !lines[i]!.fenced && splitAt(t, sep) >= 0);
  // Card numbers ("1. ", "2<TAB>") go when nearly every card line has one.
  const stripped = stripNumbers(raw.filter((_, i) => hits[i]));
  const numbered = stripped.some((t, i) => t !== raw.filter((_, j) => hits[j])[i]);
  const texts = numbered ? raw.map((t, i) => (hits[i] ? stripNumber(t) : t)) : raw;
  const first = hits.indexOf(true);
  const last = hits.lastIndexOf(true);
  const cards: Array<{ front: string; back: string[] }> = [];
  for (let i = first; first >= 0 && i < lines.length; i++) {
    const text = texts[i]!;
    if (hits[i]) {
      const at = splitAt(text, sep);
      cards.push({ front: text.slice(0, at), back: [text.slice(at + sep.length).trimStart()] });
    } else if (i < last || looksLikeCode(lines[i]!)) {
      cards.at(-1)!.back.push(lines[i]!.text);
    } else break;
  }
  const count = hits.filter(Boolean).length;
  const span = last - first + 1;
  const positions = texts.filter((_, i) => hits[i]).map((t) => splitAt(t, sep));
  const tidy: RawCard[] = cards.map((c) => ({
    front: unquote(tidySide([c.front]), sep),
    back: stripDefinitionDash(unquote(tidySide(c.back), sep)),
  }));
  // Prose has commas too, but far into the line and paragraphs long: a card is short.
  const fit = (ok: (c: RawCard) => boolean) => tidy.filter(ok).length / Math.max(tidy.length, 1);
  const short = fit((c) => c.front.length <= 100 && c.back.length <= 600);
  // "Q: …" / "A: …" read as colon cards are the marker reader's.
  const markers = fit((c) => MARKER_WORD.test(c.front));
  const coverage = 0.5 * (count / span) + 0.5 * (count / lines.length);
  return {
    layout,
    cards: dropHeaderRow(tidy),
    score: count >= 2 && markers < 0.5 ? coverage * short : 0,
    title: first > 0 ? texts[0]! : "",
    position: positions.sort((a, b) => a - b)[Math.floor(positions.length / 2)] ?? 0,
    once: texts.filter((t, i) => hits[i] && t.split(sep).length === 2).length / Math.max(count, 1),
  };
}

/**
 * Layouts without a separator. Blocks: blank lines between cards, the first line of a block is
 * the term and the rest its definition. Lines: term and definition take turns, as lines or as
 * blank-line-separated paragraphs (a paragraph may be code); definitions marked with `- ` are
 * found by the mark, otherwise a lone title line is told from the terms by where it sits.
 */
import type { RawCard } from "../types";
import { tidySide, type PageLine } from "./page";
import { dropHeaderRow, stripDefinitionDash, stripNumbers, type Reading } from "./reading";

function blocksOf(lines: PageLine[]): string[][] {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (!line.text.trim() && !line.fenced) blocks.push([]);
    else blocks.at(-1)!.push(line.text);
  }
  return blocks.filter((b) => b.length > 0);
}

const MARK = /^\s*[-–•*✓]\s+/;

export function readBlocks(lines: PageLine[]): Reading {
  const blocks = blocksOf(lines);
  // A block that opens with a bullet is a slide's list, not a term.
  const paired = blocks.filter((b) => b.length >= 2 && !MARK.test(b[0]!));
  const valid = paired.length >= 2 && paired.length >= 0.6 * blocks.length;
  const covered = paired.reduce((n, b) => n + b.length, 0);
  const total = blocks.reduce((n, b) => n + b.length, 0);
  return {
    layout: "blocks",
    cards: dropHeaderRow(
      paired.map((b) => ({ front: tidySide([b[0]!]), back: tidySide(b.slice(1)) })),
    ),
    score: valid ? 0.95 * (covered / total) : 0,
    title: blocks[0]?.length === 1 ? blocks[0][0]!.trim() : "",
  };
}

/** Term line, then one or more `- ` definition lines; unmarked lines with no definition drop out. */
function byMarks(units: string[]): { cards: RawCard[]; used: number; title: string } {
  const cards: Array<{ front: string; back: string[] }> = [];
  let title = "";
  for (const unit of units) {
    if (MARK.test(unit) && cards.length) cards.at(-1)!.back.push(unit);
    else if (!MARK.test(unit)) {
      if (cards.length && !cards.at(-1)!.back.length && !title) title = cards.at(-1)!.front;
      if (cards.length && !cards.at(-1)!.back.length) cards.pop();
      cards.push({ front: unit, back: [] });
    }
  }
  const done = cards.filter((c) => c.back.length);
  return {
    title,
    used: done.reduce((n, c) => n + 1 + c.back.length, 0),
    cards: done.map((c) => ({
      front: tidySide([c.front]),
      back: stripDefinitionDash(c.back.length === 1 ? tidySide(c.back) : c.back.join("\n")),
    })),
  };
}

/** Which lines are terms: with an odd count one line is extra, most often a title on top. */
function byTurns(units: string[]): { cards: RawCard[]; title: string; plausible: number } {
  const pairsFrom = (offset: number) => {
    const cards: RawCard[] = [];
    for (let i = offset; i + 1 < units.length; i += 2)
      cards.push({ front: units[i]!, back: units[i + 1]! });
    return cards;
  };
  // A term is shorter than its definition and is not a sentence.
  const plausible = (cards: RawCard[]) =>
    cards.filter((c) => c.front.length <= Math.max(c.back.length, 80) && !/[.!]$/.test(c.front))
      .length / Math.max(cards.length, 1);
  const odd = units.length % 2 === 1;
  const offset = odd && plausible(pairsFrom(1)) >= plausible(pairsFrom(0)) ? 1 : 0;
  const cards = pairsFrom(offset).map((c) => ({
    front: tidySide(c.front.split("\n")),
    back: stripDefinitionDash(tidySide(c.back.split("\n"))),
  }));
  return { cards, title: offset ? units[0]!.trim() : "", plausible: plausible(cards) };
}

export function readLines(lines: PageLine[]): Reading {
  const blocks = blocksOf(lines);
  // Blank lines between most lines: each paragraph is one side, and may span lines (code).
  const paragraphs =
    blocks.length >= 4 && blocks.filter((b) => b.length === 1).length >= 0.6 * blocks.length;
  const units = paragraphs ? blocks.map((b) => b.join("\n")) : blocks.flat();
  const terms = stripNumbers(units.filter((u) => !MARK.test(u)));
  let t = 0;
  const numbered = units.map((u) => (MARK.test(u) ? u : terms[t++]!));
  const marked = units.filter((u) => MARK.test(u)).length;
  if (marked >= 2 && marked >= 0.3 * units.length) {
    const read = byMarks(numbered);
    // Flashcards have one marked definition each; slides have lists of bullets under headings.
    const single = read.cards.filter((c) => !c.back.includes("\n")).length;
    const valid = single >= 0.7 * read.cards.length;
    const score = valid ? 0.9 * (read.used / units.length) : 0;
    return { layout: "lines", cards: dropHeaderRow(read.cards), title: read.title, score };
  }
  const read = byTurns(numbered);
  const prose = marked >= 2 || read.cards.some((c) => c.front.length > 150);
  return {
    layout: "lines",
    cards: dropHeaderRow(read.cards),
    title: read.title,
    score: units.length >= 4 && !prose ? 0.6 * read.plausible : 0,
  };
}

/**
 * Term lists as people paste them: a study set copied from a web page, or Quizlet's export.
 * Every layout reads the whole page and says how much of it it explains; the best one wins, and
 * when another comes close (or the page's own count disagrees) the result says it is unsure, so
 * the preview can ask the person to pick the layout. Every pair becomes a `term` flashcard.
 */
import type { LayoutReport, ParsedSource, RawCard } from "../types";
import { readBlocks, readLines } from "./alternating";
import { readMarkers } from "./markers";
import { readPage } from "./page";
import { splitWithSeparators, type TermSeparators } from "./quizlet";
import { termLayouts, type Reading, type TermLayout } from "./reading";
import { readSeparated, SEPARATORS } from "./separated";
import { pluralize } from "../../../../format/plural";

export { termLayouts, TERM_LAYOUT_LABELS, type TermLayout } from "./reading";
export type { TermSeparators } from "./quizlet";
export type { LayoutReport } from "../types";

export interface TermOptions extends TermSeparators {
  /** A layout the person chose; without it (and without separators) the layout is detected. */
  layout?: TermLayout;
}

/** Readings of one page in every layout; separators compared by how much they explain. */
function readAll(text: string): Reading[] {
  const page = readPage(text);
  const seps = new Map<TermLayout, Reading>();
  for (const { layout, sep } of SEPARATORS) {
    const reading = readSeparated(page.lines, layout, sep);
    const kept = seps.get(layout);
    if (!kept || reading.score > kept.score) seps.set(layout, reading);
  }
  const rows = splitWithSeparators(text, {});
  const all = [
    readMarkers(page.lines),
    ...seps.values(),
    readBlocks(page.lines),
    readLines(page.lines),
    ...(rows.semicolon ? [{ ...rows.semicolon, layout: "semicolon-rows" as const, score: 1 }] : []),
  ];
  const title = (r: Reading) => (page.title || r.title).replace(/^#+\s+/, "");
  return all.map((r) => ({ ...r, title: title(r) }));
}

const PRIORITY: TermLayout[] = [...termLayouts];

/**
 * Best first: score; a near tie between separators goes to the one that appears once per line,
 * then to the one earlier in the line.
 */
function rank(readings: Reading[]): Reading[] {
  return [...readings]
    .filter((r) => r.cards.length > 0 && r.score > 0)
    .sort((a, b) => {
      const close = Math.abs(a.score - b.score) < 0.05;
      if (!close) return b.score - a.score;
      if (a.once !== undefined && b.once !== undefined && Math.abs(a.once - b.once) > 0.2)
        return b.once - a.once;
      if (a.position !== undefined && b.position !== undefined && a.position !== b.position)
        return a.position - b.position;
      return PRIORITY.indexOf(a.layout) - PRIORITY.indexOf(b.layout);
    });
}

/** Below this the page is more likely prose or slides than a term list. */
const MIN_SCORE = 0.45;

function choose(text: string, options: TermOptions) {
  if (options.term !== undefined || options.card !== undefined) {
    const split = splitWithSeparators(text, options).strict;
    const report: LayoutReport = { layout: "custom", confident: true, candidates: [] };
    return { title: split?.title ?? "", cards: split?.cards ?? [], report, warnings: [] };
  }
  const ranked = rank(readAll(text));
  const candidates = ranked.map((r) => ({
    layout: r.layout,
    cards: r.cards.length,
    score: Math.round(r.score * 100) / 100,
  }));
  const picked = options.layout ? ranked.find((r) => r.layout === options.layout) : ranked[0];
  const best = picked && (options.layout || picked.score >= MIN_SCORE) ? picked : null;
  const stated = readPage(text).stated;
  const warnings: string[] = [];
  if (best && stated !== null && stated !== best.cards.length)
    warnings.push(
      `the page says it has ${pluralize(stated, "term")}; ${best.cards.length} ${best.cards.length === 1 ? "was" : "were"} found`,
    );
  const runnerUp = ranked.find((r) => r !== best);
  // Sure: explicit Q/A markers, or a clear winner; a stated count that disagrees undoes either.
  const margin = best ? best.score - (runnerUp?.score ?? 0) : 0;
  const clear =
    !!best &&
    ((best.layout === "qa" && best.score >= 0.9) || (best.score >= 0.55 && margin >= 0.25));
  const confident = !!options.layout || (clear && !warnings.length);
  const report: LayoutReport = { layout: best?.layout ?? "lines", confident, candidates };
  return { title: best?.title ?? "", cards: best?.cards ?? [], report, warnings };
}

const escapeBold = (s: string) => s.replace(/[*\\]/g, "\\$&");
const bullet = (c: RawCard) =>
  `**${escapeBold(c.front.replace(/\n/g, " "))}**: ${c.back.replace(/\n/g, " ")}`;

export function parseTermList(text: string, options: TermOptions = {}): ParsedSource {
  const { title, cards, report, warnings } = choose(text, options);
  return {
    format: "terms",
    title,
    summary: cards.length ? `${pluralize(cards.length, "term")} and their definitions.` : "",
    sections: cards.length ? [{ heading: "Terms", bullets: cards.map(bullet) }] : [],
    questions: [],
    cards,
    warnings,
    layout: report,
  };
}

/**
 * Reads a Quizgecko lesson page saved as text: title, "Questions and Answers", "Flashcards",
 * "Study Notes" and the footer (whose "Description" becomes the summary). Regions only move
 * forward, so a flashcard titled "Description" cannot end the flashcards early.
 */
import { toMarkdownText } from "./html";
import { isNoise } from "./noise";
import { parseQuestionLines } from "./quizgecko-questions";
import type { NoteSection, ParsedSource, RawCard } from "./types";

type Region = "header" | "questions" | "flashcards" | "notes" | "footer" | "description";

const REGION_MARKERS: Array<[Region, RegExp]> = [
  ["questions", /^Questions and Answers$/i],
  ["flashcards", /^Flashcards$/i],
  ["notes", /^Study Notes$/i],
  [
    "footer",
    /^(Studying That Suits You|Quiz Team|Related Documents|More Like This|Use Quizgecko on\.\.\.)$/i,
  ],
];
const ORDER: Region[] = ["header", "questions", "flashcards", "notes", "footer", "description"];

/** Markers Quizgecko puts on every lesson page; used by format detection. */
export const QUIZGECKO_SIGNS = [
  /^Questions and Answers$/im,
  /Signup and view all the (answers|flashcards)/i,
  /^Study Notes$/im,
];

function nextRegion(current: Region, line: string): Region | null {
  const text = line.trim();
  if (current === "footer" && /^Description$/i.test(text)) return "description";
  if (current === "description" && REGION_MARKERS.at(-1)![1].test(text)) return "footer";
  const hit = REGION_MARKERS.find(
    ([region, re]) => re.test(text) && ORDER.indexOf(region) > ORDER.indexOf(current),
  );
  return hit ? hit[0] : null;
}

function splitRegions(text: string): Record<Region, string[]> {
  const regions: Record<Region, string[]> = {
    header: [],
    questions: [],
    flashcards: [],
    notes: [],
    footer: [],
    description: [],
  };
  let current: Region = "header";
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const next = nextRegion(current, line);
    if (next) current = next;
    else regions[current].push(line);
  }
  return regions;
}

/** Blank-line separated groups of content lines, noise removed. */
function paragraphs(lines: string[]): string[] {
  return lines
    .join("\n")
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split("\n")
        .filter((l) => l.trim() && !isNoise(l))
        .map((l) => l.trim())
        .join(" "),
    )
    .filter(Boolean);
}

function parseCards(lines: string[], warnings: string[]): RawCard[] {
  const items = paragraphs(lines).map(toMarkdownText);
  if (items.length % 2 === 1) warnings.push(`flashcards: "${items.at(-1)}" has no back; skipped`);
  const cards: RawCard[] = [];
  for (let i = 0; i + 1 < items.length; i += 2)
    cards.push({ front: items[i]!, back: items[i + 1]! });
  return cards;
}

const BULLET = /^\s*[•●▪‣◦]\s*/;

function parseNotes(lines: string[]): NoteSection[] {
  const sections: NoteSection[] = [];
  for (const line of lines.filter((l) => l.trim() && !isNoise(l))) {
    if (BULLET.test(line)) {
      if (sections.length === 0) sections.push({ heading: "Overview", bullets: [] });
      sections.at(-1)!.bullets.push(toMarkdownText(line.replace(BULLET, "")));
    } else {
      sections.push({ heading: toMarkdownText(line), bullets: [] });
    }
  }
  return sections.filter((s) => s.bullets.length > 0);
}

/** Whole sentences only: Quizgecko cuts its description off mid-word. */
function completeSentences(text: string): string {
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  return sentences.join("").trim();
}

export function parseQuizgecko(text: string): ParsedSource {
  const regions = splitRegions(text);
  const warnings: string[] = [];
  const sections = parseNotes(regions.notes);
  const description = completeSentences(paragraphs(regions.description).join(" "));
  return {
    format: "quizgecko",
    title: paragraphs(regions.header)[0] ?? "",
    summary: description || sections[0]?.bullets[0] || "",
    sections,
    questions: parseQuestionLines(regions.questions, warnings),
    cards: parseCards(regions.flashcards, warnings),
    warnings,
  };
}

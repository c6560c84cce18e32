/**
 * The sentences of a passage that answer a question: prose only (code is quoted, never used as an
 * answer sentence), scored by how much of the question they cover.
 */
import type { Concept } from "./query";
import { coverage } from "./rank";
import type { PassageIndex } from "./search-index";
import { termsOf } from "./terms";
import type { CodeSpan, Passage } from "./types";

export interface Sentence {
  start: number;
  end: number;
  text: string;
  score: number;
  /** The sentence model's cosine between the question and this sentence, when it has one. */
  near?: number;
}

/** Prose sentences (split after . ! ? before a space, and at line ends), outside code blocks. */
export function proseSentences(text: string, code: CodeSpan[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (code.some((c) => line.index < c.end && line.index + line[0].length > c.start)) continue;
    let from = line.index;
    for (const cut of line[0].matchAll(/(?<=[.!?])\s+(?=[A-Z`'"(])/g)) {
      spans.push([from, line.index + cut.index]);
      from = line.index + cut.index + cut[0].length;
    }
    spans.push([from, line.index + line[0].length]);
  }
  return spans.filter(([a, b]) => text.slice(a, b).trim() !== "");
}

/** Reads as words rather than code: at least four plain words, and more words than code tokens. */
export function isPlainWords(sentence: string): boolean {
  const tokens = sentence.split(/\s+/).filter(Boolean);
  const plain = tokens.filter((t) => /^[("“']?[A-Za-z][A-Za-z'’-]*[,.;:!?)”"']*$/.test(t));
  return plain.length >= 3 && plain.length * 2 > tokens.length;
}

// What kind of answer a question wants, and what a sentence giving it tends to contain.
const CUES: Array<[RegExp, RegExp]> = [
  [/\bwhy\b/i, /\b(because|so that|so|since|otherwise|lets|allows|means)\b/i],
  [/^\s*when\b|\bwhen (would|should|do|to)\b/i, /\b(when|if|unless|before|after)\b/i],
  [/\bhow many\b|\bwhat (port|number)\b|\bwhich port\b|\bport\b.*\bon\b/i, /\d/],
  [/^\s*who\b/i, /\b[A-Z][a-z]+ [A-Z][a-z]+\b|\bby\b/],
  [/\b(return|give back|get back|comes back)\b/i, /\breturns?\b/i],
  [
    /^\s*(what('?s| is| are| does)|explain|define)\b/i,
    /\b(is|are|means|stands for)\b|^[^:]{2,40}:/i,
  ],
];
const CUE_BONUS = 0.1;

/** A small bonus when a sentence has what the question type asks for ("why" → because/so …). */
export function cueBonus(question: string, text: string): number {
  return CUES.some(([asks, says]) => asks.test(question) && says.test(text)) ? CUE_BONUS : 0;
}

export function rankSentences(
  index: PassageIndex,
  passage: Passage,
  concepts: Concept[],
  question = "",
): Sentence[] {
  const title = passage.kind === "flashcard" ? termsOf(passage.title) : [];
  const cues = CUES.filter(([asks]) => asks.test(question)).map(([, says]) => says);
  return proseSentences(passage.text, passage.code)
    .map(([start, end]) => {
      const text = passage.text.slice(start, end);
      const terms = new Set([...termsOf(text), ...title]);
      const short = text.split(/\s+/).length < 6 ? 0.15 : 0;
      const cue = cues.some((c) => c.test(text)) ? CUE_BONUS : 0;
      return { start, end, text, score: coverage(index, concepts, terms) - short + cue };
    })
    .sort((a, b) => b.score - a.score || a.start - b.start);
}

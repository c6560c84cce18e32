/**
 * "Type the answer", compared like Anki's compare_answer: the typed text with each character right
 * (good) or wrong (bad), and, when it wasn't exact, the expected text with what the typed text got
 * right (good) and what it left out (missing). Characters are grapheme clusters (an "é" written as
 * e + combining accent is one character, like Anki's non-combining diff), both sides are in Unicode
 * NFC, and whitespace at the ends is ignored and runs of it count as one space. Case counts (code
 * is case-sensitive, and so is Anki). Pure: the review screen runs it in the browser.
 */

export type Mark = "good" | "bad" | "missing";
export interface Segment {
  mark: Mark;
  text: string;
}
export interface Comparison {
  exact: boolean;
  /** What was typed: good and bad characters. */
  typed: Segment[];
  /** What was expected: good and missing characters (the same as typed when exact). */
  expected: Segment[];
  /** Counts for a sentence a screen reader can say. */
  wrong: number;
  missing: number;
}

/** Answers longer than this (or on several lines) are not typed: the card shows Show answer only. */
export const TYPE_ANSWER_MAX = 60;

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const graphemes = (s: string) => Array.from(segmenter.segment(s), (g) => g.segment);

/** NFC, ends trimmed, every run of whitespace one space. */
export const normalizeAnswer = (s: string) => s.normalize("NFC").replace(/\s+/gu, " ").trim();

function push(out: Segment[], mark: Mark, text: string) {
  const last = out[out.length - 1];
  if (last && last.mark === mark) last.text += text;
  else out.push({ mark, text });
}

/** Longest common subsequence alignment of two short grapheme lists (O(n·m), answers are short). */
export function compareAnswer(expectedRaw: string, typedRaw: string): Comparison {
  const e = graphemes(normalizeAnswer(expectedRaw));
  const t = graphemes(normalizeAnswer(typedRaw));
  const n = e.length,
    m = t.length;
  // lcs[i][j]: the longest common subsequence of e[i..] and t[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        e[i] === t[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const typed: Segment[] = [];
  const expected: Segment[] = [];
  let wrong = 0,
    missing = 0;
  let i = 0,
    j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && e[i] === t[j]) {
      push(typed, "good", t[j]!);
      push(expected, "good", e[i]!);
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      push(typed, "bad", t[j]!);
      wrong++;
      j++;
    } else {
      push(expected, "missing", e[i]!);
      missing++;
      i++;
    }
  }
  return { exact: wrong === 0 && missing === 0, typed, expected, wrong, missing };
}

/**
 * The text to type for a card's back, or null when it is too long to type: Markdown emphasis, code
 * ticks and links reduced to their text, HTML tags dropped. One line of at most TYPE_ANSWER_MAX characters.
 */
export function typeableAnswer(markdown: string): string | null {
  const trimmed = markdown.trim();
  if (!trimmed || /\n\s*\n|```|^\s*[-*+] |^\s*\d+\. |^\s*#|^\s*>|\|/m.test(trimmed)) return null;
  const plain = normalizeAnswer(
    trimmed
      .replace(/<[^>]*>/g, "")
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/`([^`]*)`/g, "$1")
      .replace(/(\*\*|__)(.+?)\1/g, "$2")
      .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, "$1$2")
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1"),
  );
  if (!plain || plain.length > TYPE_ANSWER_MAX) return null;
  return plain;
}

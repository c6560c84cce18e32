/** Finds the sentence of a passage that best answers the question, and cuts long passages around it. */
import { termsOf } from "./terms";

export interface Excerpt {
  text: string;
  highlight: { start: number; end: number } | null;
}

const MAX_EXCERPT = 600;

/** Sentences (split after . ! ? before a space) within lines, as [start, end) spans. */
function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    let from = line.index;
    for (const cut of line[0].matchAll(/(?<=[.!?])\s+/g)) {
      spans.push([from, line.index + cut.index]);
      from = line.index + cut.index + cut[0].length;
    }
    spans.push([from, line.index + line[0].length]);
  }
  return spans.filter(([a, b]) => text.slice(a, b).trim() !== "");
}

/** The sentence sharing the most distinct terms with the question (ties: the earlier one). */
export function keySentence(text: string, question: string): [number, number] | null {
  const wanted = new Set(termsOf(question));
  let best: [number, number] | null = null;
  let bestScore = 0;
  for (const span of sentenceSpans(text)) {
    const score = termsOf(text.slice(span[0], span[1])).filter((t) => wanted.has(t)).length;
    if (score > bestScore) [best, bestScore] = [span, score];
  }
  return best;
}

/** The passage (or a window of it around the key sentence) with the key sentence's offsets. */
export function excerpt(text: string, question: string): Excerpt {
  const key = keySentence(text, question);
  if (text.length <= MAX_EXCERPT) return { text, highlight: key && { start: key[0], end: key[1] } };
  const [ks, ke] = key ?? [0, 0];
  const start = Math.max(0, Math.min(ks - 200, ke - MAX_EXCERPT));
  const from = start === 0 ? 0 : text.lastIndexOf("\n", start) + 1 || start;
  const to = Math.min(text.length, Math.max(from + MAX_EXCERPT, ke));
  const lead = from > 0 ? "… " : "";
  const cut = lead + text.slice(from, to).trimEnd() + (to < text.length ? " …" : "");
  const shift = lead.length - from;
  return { text: cut, highlight: key && { start: ks + shift, end: ke + shift } };
}

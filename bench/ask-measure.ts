/** What bench/ask.ts measures: does the passage holding a question's correct answer rank in the top 3? */
import { markdownToPlain } from "../lib/chat/plain-text";
import { termsOf } from "../lib/chat/terms";
import type { CorpusQuestion, Passage } from "../lib/chat/types";

const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, " ")
    .trim();

/** The text that proves the answer: the correct option, or for true/false the statement itself. */
export function answerText(q: CorpusQuestion): string {
  return markdownToPlain(q.type === "true_false" ? q.prompt : (q.correct[0] ?? ""));
}

/** A passage contains the answer when it holds the normalized answer text or ≥ 60% of its key terms. */
export function containsAnswer(passage: Passage, answer: string): boolean {
  const haystack = normalize(`${passage.title} ${passage.text}`);
  const needle = normalize(answer);
  if (needle && haystack.includes(needle)) return true;
  const wanted = termsOf(answer);
  if (wanted.length === 0) return false;
  const have = new Set(termsOf(`${passage.title} ${passage.text}`));
  return wanted.filter((t) => have.has(t)).length / wanted.length >= 0.6;
}

/** The floor: passages ranked by how many of the question's words they contain as plain substrings. */
export function substringTop(
  passages: Passage[],
  question: string,
  exclude: string,
  k: number,
): Passage[] {
  const words = normalize(question)
    .split(" ")
    .filter((w) => w.length > 2);
  return passages
    .filter((p) => p.key !== exclude)
    .map((p) => {
      const text = normalize(`${p.title} ${p.text}`);
      return { p, n: words.filter((w) => text.includes(w)).length };
    })
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, k)
    .map((x) => x.p);
}

/** What bench/ask.ts measures: hits in the top k, the answer's opening, refusals, and the floor. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { markdownToPlain } from "../lib/chat/plain-text";
import { termsOf } from "../lib/chat/terms";
import type { CorpusQuestion, Passage } from "../lib/chat/types";

export const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, " ")
    .trim();

const evalItem = z.object({
  id: z.string(),
  q: z.string(),
  lesson: z.string().optional(),
  previous: z.string().optional(),
  offTopic: z.boolean().optional(),
  expect: z.array(z.string()).default([]),
});
export type EvalItem = z.infer<typeof evalItem>;

/** dev and held-out (seen since 2026-12-01) are tuning data; fresh-held-out is never looked at. */
export type EvalHalf = "dev" | "held-out" | "fresh-held-out" | "session4-held-out";

/** One of bench/ask-eval's sets by name, or any file of the same shape by path (`--set`). */
export function loadEval(half: EvalHalf | { path: string }): EvalItem[] {
  const file =
    typeof half === "string" ? new URL(`./ask-eval/${half}.yaml`, import.meta.url) : half.path;
  return z.array(evalItem).parse(parse(readFileSync(file, "utf8")));
}

/** A text holds the answer when it contains one of the expected phrases (normalized). */
export function holdsPhrase(text: string, phrases: string[]): boolean {
  const haystack = ` ${normalize(text)} `;
  return phrases.some((p) => haystack.includes(` ${normalize(p)}`));
}

/** The text that proves a quiz answer: the correct option, or for true/false the statement itself. */
export function answerText(q: CorpusQuestion): string {
  return markdownToPlain(q.type === "true_false" ? q.prompt : (q.correct[0] ?? ""));
}

/** A text contains a quiz answer when it holds the normalized answer or ≥ 60% of its key terms. */
export function containsAnswer(text: string, answer: string): boolean {
  const needle = normalize(answer);
  if (needle && normalize(text).includes(needle)) return true;
  const wanted = termsOf(answer);
  if (wanted.length === 0) return false;
  const have = new Set(termsOf(text));
  return wanted.filter((t) => have.has(t)).length / wanted.length >= 0.6;
}

/** The floor: passages ranked by how many of the question's words they contain as plain substrings. */
export function substringTop(
  passages: Passage[],
  question: string,
  exclude: string | null,
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

/** The floor's answer: its top passage's first line, as the old extractive answer opened. */
export const floorOpening = (top: Passage | undefined) => top?.text.split("\n")[0] ?? "";

/** The opening of one of our answers: its first line (one or two sentences). */
export const openingOf = (answer: string) => answer.split("\n")[0]!;

export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Builds the two-host conversation: the host asks, the co-host explains, section by section. */
import { markdownToPlain, markdownToProse } from "../chat/plain-text";
import { splitSections } from "../chat/sections";
import type { PodcastInput, PodcastLine } from "./types";

/** How much of the lesson to speak; fit.ts turns these up or down to land in 3–8 minutes. */
export interface ScriptBudget {
  sentencesPerSection: number;
  cardsPerSection: number;
  extraCards: number;
}

/**
 * A sentence-case heading read mid-sentence: "Goal of socket programming" → "goal of socket programming".
 * Title Case ("Brand New Section"), acronyms ("TCP vs UDP") and identifiers ("SO_REUSEADDR") stay as written.
 */
export function midSentence(title: string): string {
  const [first, ...rest] = title.split(" ");
  const sentenceCase =
    /^[A-Z][a-z]+$/.test(first ?? "") && !rest.some((w) => /^[A-Z][a-z]/.test(w));
  return sentenceCase ? title[0]!.toLowerCase() + title.slice(1) : title;
}

const FIRST_ASK = (t: string) => `Let's start with ${midSentence(t)}. What is it about?`;
const ASKS = [
  (t: string) => `Next up: ${t}. How does that work?`,
  (t: string) => `Now, ${midSentence(t)}. What should we take away?`,
  (t: string) => `What about ${midSentence(t)}?`,
  (t: string) => `Tell me about ${midSentence(t)}.`,
];

export function spokenSentences(markdown: string): string[] {
  return markdownToProse(markdown)
    .split(/\n|(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s))
    .map((s) => (/[.!?:]$/.test(s) ? s : `${s}.`));
}

/** The first n sentences, plus the next one when the last introduces it ("…steps:"). */
function leadSentences(markdown: string, n: number): string[] {
  const all = spokenSentences(markdown);
  const take = all[n - 1]?.endsWith(":") ? n + 1 : n;
  return all.slice(0, take);
}

const cardQuestion = (front: string) => {
  const f = markdownToPlain(front).replace(/\s+/g, " ");
  return /\?$/.test(f) ? `Quick check: ${f}` : `Quick check: what is “${f}”?`;
};

/** Top-level sections (`##`), each with its `###` subsections folded in. */
export function topSections(input: PodcastInput) {
  const groups: Array<{ anchor: string | null; title: string; markdown: string }> = [];
  for (const s of splitSections(input.body, input.title)) {
    if (s.depth === 3 && groups.length > 0) groups.at(-1)!.markdown += `\n${s.markdown}`;
    else groups.push({ anchor: s.anchor, title: s.title, markdown: s.markdown });
  }
  return groups;
}

export function draftScript(input: PodcastInput, budget: ScriptBudget): PodcastLine[] {
  const lines: PodcastLine[] = [];
  const say = (speaker: PodcastLine["speaker"], text: string, section: string | null = null) =>
    lines.push({ speaker, text, section });
  const sections = topSections(input);
  const usedCards = new Set<string>();
  say("host", `Welcome to the Recall Lab podcast. Today's lesson: ${input.title}.`);
  say(
    "cohost",
    input.summary ||
      spokenSentences(sections[0]?.markdown ?? "")
        .slice(0, 2)
        .join(" ") ||
      `Let's walk through ${input.title}.`,
  );
  sections
    .filter((s) => s.anchor)
    .forEach((s, i) => {
      say("host", (i === 0 ? FIRST_ASK : ASKS[(i - 1) % ASKS.length]!)(s.title), s.anchor);
      say(
        "cohost",
        leadSentences(s.markdown, budget.sentencesPerSection).join(" ") ||
          `The lesson shows ${s.title} as code on the page.`,
        s.anchor,
      );
      for (const card of input.cards
        .filter((c) => c.section === s.anchor)
        .slice(0, budget.cardsPerSection)) {
        usedCards.add(card.id);
        say("host", cardQuestion(card.front), s.anchor);
        say("cohost", markdownToPlain(card.back), s.anchor);
      }
    });
  if (input.example) {
    const ex = input.example;
    say("host", `Let's run a worked example: ${ex.title}. What does it do?`);
    say("cohost", ex.description || `It runs the ${ex.title} programs together in the sandbox.`);
    say("host", "And what does it actually print?");
    const from =
      ex.outputFrom === "sandbox run"
        ? "In its latest sandbox run, it printed"
        : "It has no recorded run yet; the scenario expects it to print";
    say("cohost", `${from}: ${ex.output.trim().split("\n").slice(0, 4).join(" / ")}`);
  }
  for (const card of input.cards.filter((c) => !usedCards.has(c.id)).slice(0, budget.extraCards)) {
    say("host", cardQuestion(card.front), card.section);
    say("cohost", markdownToPlain(card.back), card.section);
  }
  say("host", "That's the lesson. Any last tip?");
  say(
    "cohost",
    "Try this lesson's quiz and flashcards while it's fresh: recalling it is what makes it stick. Thanks for listening.",
  );
  return lines;
}

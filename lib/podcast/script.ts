/** Builds the two-host conversation: the host asks, the co-host explains, section by section. */
import { splitSections } from "../chat/sections";
import { finish, lowerName, spokenPhrase, spokenSentences, spokenUnits } from "./spoken";
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
export const midSentence = lowerName;

/** A heading as said aloud: its words, without a trailing colon or full stop. */
export const spokenTitle = (title: string) =>
  spokenPhrase(title)
    .replace(/[:.;,]+$/, "")
    .trim();

// Headings that are a question are asked as they are; those starting with a preposition or a
// question word ("About this list", "From the NIC to the ISP") are named, not put after "about".
const QUESTION_ASKS = [
  (q: string) => `Let's start with a question. ${q}`,
  (q: string) => `Next question. ${q}`,
  (q: string) => `Here's one to think about. ${q}`,
];
const LABEL_ASKS = [
  (t: string) => `First up: ${t}. What is it about?`,
  (t: string) => `Next up: ${t}. How does that work?`,
  (t: string) => `Now, ${t}. What should we take away?`,
];
// These take the heading as a topic (asTopic): with its article, lower-cased mid-sentence.
// ("Next up:" and "Now," name the heading as written.)
const TOPIC_ASKS = [
  (t: string) => `Let's start with ${t}. What is it about?`,
  (_: string, title: string) => `Next up: ${title}. How does that work?`,
  (t: string, title: string) =>
    `Now, ${DETERMINER.test(title) ? t : title}. What should we take away?`,
  (t: string) => `What about ${t}?`,
  (t: string) => `Tell me about ${t}.`,
];
const LEADING_WORD =
  /^(?:about|from|on|in|into|with|without|beyond|between|before|after|when|why|how|where|which|who|what|whether|if|to|for|by|under|over|through)\b/i;

const DETERMINER =
  /^(?:the|a|an|this|these|those|that|our|your|its|their|my|some|any|each|every|all|both|no|one|two|three|four|five|\d+)\b/i;

/**
 * A heading as said after "about" or "start with": as it is when it needs no article (it has one,
 * or its head noun is plural or an -ing form: "blocking calls", "socket programming with UDP"),
 * with "the" for a sentence-case "X of Y" ("the goal of socket programming"), else null: then it is
 * named on its own ("Next up: Iterative Server.") rather than read as a bare singular noun.
 */
export function asTopic(title: string): string | null {
  if (DETERMINER.test(title)) return midSentence(title);
  const head = (
    title
      .replace(/\([^)]*\)/g, " ")
      .split(/:|\s(?:of|in|with|over|for|on|to|from|vs\.?|versus|using|without)\s/i)[0] ?? ""
  )
    .trim()
    .split(/\s+/)
    .at(-1)!;
  if (/^[a-z]+(?:ing|[^su]s)$/i.test(head) || /^[A-Za-z]+ing\s/.test(title))
    return midSentence(title);
  const sentenceCase = midSentence(title) !== title;
  if (sentenceCase && /\sof\s/.test(title)) return `the ${midSentence(title)}`;
  return null;
}

/** The host's line that opens a section: the i-th of the lesson. */
export function hostAsks(title: string, i: number): string {
  const t = spokenTitle(title);
  const label = LABEL_ASKS[i === 0 ? 0 : 1 + ((i - 1) % 2)]!;
  if (/[?]$/.test(t)) return QUESTION_ASKS[i === 0 ? 0 : 1 + ((i - 1) % 2)]!(t);
  if (/!$/.test(t)) return `${i === 0 ? "First up" : "Next up"}: ${t} What's behind that?`;
  if (LEADING_WORD.test(t)) return label(t);
  const topic = asTopic(t);
  if (topic === null) return label(t);
  return (i === 0 ? TOPIC_ASKS[0]! : TOPIC_ASKS[1 + ((i - 1) % (TOPIC_ASKS.length - 1))]!)(
    topic,
    t,
  );
}

/**
 * About n sentences of a section, never stopping inside a unit: a list announced by a colon is read
 * whole or by its items' names, a question with its answer. A unit that does not fit is left out,
 * unless it is the first (then it is read whole, or by its names).
 */
export function leadSentences(markdown: string, n: number): string[] {
  const out: string[] = [];
  for (const unit of spokenUnits(markdown)) {
    const left = n - out.length;
    if (left <= 0) break;
    const first = out.length === 0;
    if (unit.sentences.length <= left || (first && unit.sentences.length <= 4))
      out.push(...unit.sentences);
    else if (unit.summary) out.push(unit.summary);
    else if (first) out.push(...unit.sentences);
    else break;
  }
  return out;
}

const QUESTION_WORD =
  /^(?:what|which|why|how|when|where|who|whom|whose|is|are|does|do|can|should)\b/i;

/**
 * A card's front as the host's quick check: a question as it is, a term ("s.bind()", "Sockets",
 * "Iterative server (lab definition)") asked about. A front that is neither ("Server: to set up a
 * listening socket") gives null: read as "what is …" it would not be a question anyone asks.
 */
export function cardQuestion(front: string): string | null {
  const f = spokenPhrase(front).replace(/[:.;,]+$/, "");
  if (/\?$/.test(f)) return `Quick check: ${f}`;
  if (QUESTION_WORD.test(f)) return `Quick check: ${f}?`;
  // A qualifier ("(lab definition)") is not part of the term; a parenthesis that says what is meant stays.
  const term = f.replace(/\s+\([^)]*\b(?:definition|version|variant|form)\)$/i, "").trim();
  if (
    !term ||
    /[:;!]|\.\s|\s[–—-]\s|→/.test(term) ||
    term.replace(/\([^)]*\)/g, "").split(/\s+/).length > 6 ||
    // A front that names a part of the page ("Client side summary", "Server code") is not a term.
    /\s(?:summary|overview|recap|notes|code|example)$/i.test(term)
  )
    return null;
  if (/^[\w.]+\(.*\)$/.test(term)) return `Quick check: what does ${term} do?`;
  if (/^[A-Z]?[a-z]+[^su]s$/.test(term)) return `Quick check: what are “${term}”?`;
  return `Quick check: what is “${term}”?`;
}

/** A card's back as the co-host's answer, code left out. */
const cardAnswer = (back: string) => spokenSentences(back).join(" ");

/** Cards worth asking aloud: their back says something (three words or more) once code is left out. */
const speakable = (card: PodcastInput["cards"][number]) =>
  cardAnswer(card.back).split(/\s+/).length >= 3 && cardQuestion(card.front) !== null;

/** An example's output lines, quoted: "“a”, then “b”". */
function quoted(output: string): string {
  const lines = output
    .trim()
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const shown = lines.slice(0, 3).map((l) => `“${l}”`);
  const more = lines.length > 3 ? ", and more" : "";
  return shown.length > 1
    ? `${shown.slice(0, -1).join(", ")}, then ${shown.at(-1)}${more}`
    : `${shown[0] ?? "nothing"}`;
}

type TopSection = { anchor: string | null; title: string; markdown: string };
const sectionsMemo = new Map<string, TopSection[]>();

/** Top-level sections (`##`), each with its `###` subsections folded in (parsed once per body). */
export function topSections(input: PodcastInput): TopSection[] {
  const key = `${input.title}\n${input.body}`;
  const hit = sectionsMemo.get(key);
  if (hit) return hit;
  const groups: TopSection[] = [];
  for (const s of splitSections(input.body, input.title)) {
    if (s.depth === 3 && groups.length > 0) groups.at(-1)!.markdown += `\n${s.markdown}`;
    else groups.push({ anchor: s.anchor, title: s.title, markdown: s.markdown });
  }
  if (sectionsMemo.size > 100) sectionsMemo.clear();
  sectionsMemo.set(key, groups);
  return groups;
}

export function draftScript(input: PodcastInput, budget: ScriptBudget): PodcastLine[] {
  const lines: PodcastLine[] = [];
  const say = (speaker: PodcastLine["speaker"], text: string, section: string | null = null) =>
    lines.push({ speaker, text, section });
  const sections = topSections(input);
  const usedCards = new Set<string>();
  say(
    "host",
    finish(`Welcome to the Recall Lab podcast. Today's lesson: ${spokenTitle(input.title)}`),
  );
  say(
    "cohost",
    (input.summary && spokenSentences(input.summary).join(" ")) ||
      spokenSentences(sections[0]?.markdown ?? "")
        .slice(0, 2)
        .join(" ") ||
      `Let's walk through ${spokenTitle(input.title)}.`,
  );
  sections
    .filter((s) => s.anchor)
    .forEach((s, i) => {
      say("host", hostAsks(s.title, i), s.anchor);
      say(
        "cohost",
        leadSentences(s.markdown, budget.sentencesPerSection).join(" ") ||
          `This part of the lesson is mostly code: read it on the page, where you can run it.`,
        s.anchor,
      );
      for (const card of input.cards
        .filter((c) => c.section === s.anchor && speakable(c))
        .slice(0, budget.cardsPerSection)) {
        usedCards.add(card.id);
        say("host", cardQuestion(card.front)!, s.anchor);
        say("cohost", cardAnswer(card.back), s.anchor);
      }
    });
  if (input.example) {
    const ex = input.example;
    const title = spokenTitle(ex.title);
    say("host", `Let's run a worked example: ${title}. What does it do?`);
    say(
      "cohost",
      spokenSentences(ex.description).join(" ") ||
        "It runs the lesson's programs together, the way the Run button on the lesson page does.",
    );
    say("host", "And what does it actually print?");
    const printed =
      ex.outputFrom === "sandbox run"
        ? `The last time it ran, it printed ${quoted(ex.output)}.`
        : `When you run it, it should print ${quoted(ex.output)}.`;
    say("cohost", printed);
  }
  for (const card of input.cards
    .filter((c) => !usedCards.has(c.id) && speakable(c))
    .slice(0, budget.extraCards)) {
    say("host", cardQuestion(card.front)!, card.section);
    say("cohost", cardAnswer(card.back), card.section);
  }
  say("host", "That's the lesson. Any last tip?");
  say(
    "cohost",
    "Try this lesson's quiz and flashcards while it's fresh: recalling it is what makes it stick. Thanks for listening.",
  );
  return lines;
}

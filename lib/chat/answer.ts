/**
 * Extractive answers in plain words: one or two sentences from the best passages that say the
 * answer, with citation numbers, then the passages themselves; or a plain "not covered".
 */
import { excerpt } from "./excerpt";
import { cueBonus, isPlainWords, rankSentences, type Sentence } from "./key-sentence";
import type { Concept } from "./query";
import { coverage, type Ranked } from "./rank";
import type { PassageIndex } from "./search-index";
import type { SentenceMatch } from "./sentence-model";
import { termsOf } from "./terms";
import type { AnswerPassage, AskResult, Passage } from "./types";

export const notCovered = (where: "lesson" | "course") =>
  `The ${where} doesn't cover that: none of its passages answers your question.`;

/** How much the passage's own rank and score count when picking the opening sentence (tuned on dev). */
export const OPENING = {
  rankBonus: [0.15, 0.02, 0],
  passageWeight: 0,
  short: 30,
  noteBonus: 0.3,
  noteRank: [0.15, 0.02, 0],
  /** With the sentence model: a sentence close in meaning to the question (cosine `from` to 1) gains up to `dense`. */
  dense: 0.6,
  from: 0.4,
};

export function toAnswerPassage(
  passage: Passage,
  score: number,
  key: { start: number; end: number } | null,
  url = passage.url,
): AnswerPassage {
  const { text, highlight, code } = excerpt(passage.text, passage.code, key);
  return {
    text,
    highlight,
    code,
    score: Math.round(score * 100) / 100,
    source: { kind: passage.kind, id: passage.sourceId, title: passage.title, url },
  };
}

const tidy = (s: string) =>
  s
    .replace(/\s+/g, " ")
    .replace(/^[-*•]\s*/, "")
    .replace(/^Answer:\s*/, "")
    .trim();
const closed = (s: string) => (/[.!?)”"]$/.test(s) ? s : `${s}.`);

/** The opening: the plainest, best-covering sentence of the cited passages (two if it is short). */
function opening(cited: Candidate[]): string | null {
  let best: { i: number; s: Sentence; score: number } | null = null;
  let note: { i: number; text: string; score: number } | null = null;
  cited.forEach(({ notes }, i) => {
    for (const n of notes) {
      const score = n.score + (OPENING.noteRank[i] ?? 0) + OPENING.noteBonus;
      if (!note || score > note.score) note = { i, text: n.text, score };
    }
  });
  cited.forEach(({ sentences }, i) => {
    for (const s of sentences) {
      if (!isPlainWords(s.text)) continue;
      const near = OPENING.dense * Math.max(0, ((s.near ?? 0) - OPENING.from) / (1 - OPENING.from));
      const score =
        s.score + near + (OPENING.rankBonus[i] ?? 0) + OPENING.passageWeight * cited[i]!.score;
      if (!best || score > best.score) best = { i, s, score };
    }
  });
  const written = note as { i: number; text: string; score: number } | null;
  if (written && (!best || written.score >= (best as { score: number }).score))
    return `${closed(tidy(written.text))} [${written.i + 1}]`;
  if (!best) return null;
  const { i, s } = best as { i: number; s: Sentence };
  const { passage, sentences } = cited[i]!;
  let text = tidy(s.text);
  const next = sentences.find(
    (x) => x.start > s.end && passage.text.slice(s.end, x.start).trim() === "",
  );
  if (
    (text.split(" ").length < OPENING.short || text.endsWith(":")) &&
    next &&
    isPlainWords(next.text)
  )
    text = `${text.replace(/:$/, ".")} ${tidy(next.text)}`;
  const lead =
    passage.kind === "flashcard" && !passage.title.endsWith("?") && passage.title.length <= 40
      ? `${tidy(passage.title)}: `
      : "";
  return `${lead}${closed(text)} [${i + 1}]`;
}

export interface Candidate extends Ranked {
  sentences: Sentence[];
  /** The passage's chat notes, each scored by how well its student questions match this one. */
  notes: Array<{ text: string; score: number; asked: number }>;
}

/**
 * Chat-note scoring (tuned on npm run bench:ask): how much the best student question alone counts;
 * with the sentence model, a note whose student question is close in meaning (cosine from `from`
 * to 1) gains up to `weight`, and counts as asked from `asked` on.
 */
export const NOTES = { askWeight: 0.65, dense: { from: 0.7, weight: 0.6, asked: 0.85 } };

/**
 * How well a chat note answers the question: its closest student question, then that read with its
 * answer; `asked` is the closest student question's own coverage (what verification trusts).
 */
/** Each note's terms, per passage: its student questions' and its answer's (computed once). */
const noteTerms = new WeakMap<Passage, Array<{ asks: string[][]; answer: string[] }>>();
function termsOfNotes(passage: Passage) {
  let terms = noteTerms.get(passage);
  if (!terms) {
    terms = passage.notes.map((n) => ({ asks: n.asks.map(termsOf), answer: termsOf(n.answer) }));
    noteTerms.set(passage, terms);
  }
  return terms;
}

function scoreNotes(
  index: PassageIndex,
  passage: Passage,
  concepts: Concept[],
  question: string,
  sentence: SentenceMatch | undefined,
) {
  return termsOfNotes(passage).map(({ asks, answer }, i) => {
    let score = 0;
    let asked = 0;
    for (const ask of asks) {
      const alone = coverage(index, concepts, new Set(ask));
      const read = coverage(index, concepts, new Set([...ask, ...answer]));
      score = Math.max(score, NOTES.askWeight * alone + (1 - NOTES.askWeight) * read);
      asked = Math.max(asked, alone);
    }
    const near = sentence?.notes.get(`${passage.key}#${i}`);
    if (near !== undefined) {
      const { from, weight } = NOTES.dense;
      score += weight * Math.max(0, (near - from) / (1 - from));
      if (near >= NOTES.dense.asked) asked = Math.max(asked, 1);
    }
    const text = passage.notes[i]!.answer;
    return { text, score: score + cueBonus(question, text), asked };
  });
}

export function withSentences(
  index: PassageIndex,
  ranked: Ranked[],
  concepts: Concept[],
  question: string,
  sentence?: SentenceMatch,
): Candidate[] {
  return ranked.map((r) => ({
    ...r,
    sentences: rankSentences(index, r.passage, concepts, question).map((s) => {
      const near = sentence?.sentences.get(`${r.passage.key}@${s.start}`);
      return near === undefined ? s : { ...s, near };
    }),
    notes: scoreNotes(index, r.passage, concepts, question, sentence),
  }));
}

export function composeAnswer(cited: Candidate[], url: (p: Passage) => string): AskResult {
  const passages = cited.map((c) =>
    toAnswerPassage(c.passage, c.score, c.sentences[0] ?? null, url(c.passage)),
  );
  const first = opening(cited) ?? `“${cited[0]!.passage.title}” answers this. [1]`;
  const more = passages.slice(1).map((p, i) => `“${p.source.title}” [${i + 2}]`);
  const answer = more.length ? `${first}\nMore in ${more.join(" and ")}.` : first;
  return { answer, found: true, passages };
}

export function notFoundAnswer(where: "lesson" | "course", related: AnswerPassage[]): AskResult {
  const hint = related.length
    ? ` The nearest cards: ${related.map((p) => `“${p.source.title}”`).join(", ")}.`
    : " Try naming a socket call or term, such as recv, bind or SO_REUSEADDR.";
  return { answer: notCovered(where) + hint, found: false, passages: related };
}

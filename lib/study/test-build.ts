/**
 * Test: a generated test of chosen length and question types from a lesson's quiz questions and
 * cards. Pure and seeded, so a reload (or print) shows the same test. Each item names what it was
 * made from; grading (test-grade.ts) looks those up again, so nothing secret goes to the browser.
 */
import { z } from "zod";
import type { TestSettings, TestType } from "../validations/study-modes";
import { TEST_TYPES } from "../validations/study-modes";
import { fillDistractors, type ChoiceQuestion } from "./distractors";
import { normalizeAnswer } from "./grade";
import { shuffled, type Pick } from "./plan";
import type { LearnCard } from "./learn-round";

export const MATCHING_SIZE = 4;

/** What the browser sends back with each answer; ids only. */
export const testItemSchema = z.discriminatedUnion("kind", [
  /** A quiz question (multiple choice, true/false, typed or output) with the option ids shown. */
  z.object({
    kind: z.literal("question"),
    type: z.enum(TEST_TYPES),
    questionId: z.string().max(200),
    optionIds: z.array(z.string().max(200)).max(12),
  }),
  /** A card's term with definitions to choose from (card ids). */
  z.object({
    kind: z.literal("card-choice"),
    cardId: z.string().max(200),
    optionIds: z.array(z.string().max(200)).max(12),
  }),
  /** "term — definition": true when `shownId` is the card itself. */
  z.object({
    kind: z.literal("card-tf"),
    cardId: z.string().max(200),
    shownId: z.string().max(200),
  }),
  /** A card's definition; type its term. */
  z.object({ kind: z.literal("card-typed"), cardId: z.string().max(200) }),
  /** Terms (card ids) each matched to one of the definitions listed (the same ids, shuffled). */
  z.object({
    kind: z.literal("matching"),
    cardIds: z.array(z.string().max(200)).min(2).max(8),
    definitionIds: z.array(z.string().max(200)).min(2).max(8),
  }),
]);
export type TestItem = z.infer<typeof testItemSchema>;

export interface TestQuestion extends ChoiceQuestion {
  prompt: string;
}

/** A seeded pick (mulberry32), so one seed gives one test. */
export function seededPick(seed: number): Pick {
  let a = seed >>> 0;
  return (max) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  };
}

const QUESTION_TYPE: Record<string, TestType> = {
  multiple_choice: "choice",
  true_false: "true_false",
  typed: "typed",
  output: "output",
};

/** Other cards of the lesson whose definitions read differently, up to `n`. */
function otherCards(card: LearnCard, cards: readonly LearnCard[], n: number, pick: Pick) {
  const seen = new Set([normalizeAnswer(card.back)]);
  const out: LearnCard[] = [];
  for (const c of shuffled(cards, pick)) {
    if (out.length === n) break;
    const key = normalizeAnswer(c.back);
    if (c.id === card.id || c.lessonId !== card.lessonId || seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

/** Candidate items of one type, questions first (they were written as tests), then from cards. */
function candidates(
  type: TestType,
  questions: readonly TestQuestion[],
  cards: readonly LearnCard[],
  pick: Pick,
): Array<{ item: TestItem; cards: string[] }> {
  const pool = questions.flatMap((q) =>
    q.options
      .filter((o) => o.correct)
      .map((o) => ({ ...o, questionId: q.id, lessonId: q.lessonId, type: q.type })),
  );
  const fromQuestions = shuffled(
    questions.filter((q) => QUESTION_TYPE[q.type] === type),
    pick,
  ).map((q) => ({
    cards: [],
    item: {
      kind: "question" as const,
      type,
      questionId: q.id,
      optionIds:
        q.type === "typed"
          ? []
          : q.type === "true_false"
            ? q.options.map((o) => o.id)
            : shuffled(
                [...q.options.map((o) => o.id), ...fillDistractors(q, pool).map((s) => s.id)],
                pick,
              ),
    },
  }));
  const deck = shuffled(cards, pick);
  const fromCards = (): Array<{ item: TestItem; cards: string[] }> => {
    switch (type) {
      case "choice":
        return deck.flatMap((c) => {
          const others = otherCards(c, cards, 3, pick);
          if (others.length === 0) return [];
          const optionIds = shuffled([c.id, ...others.map((o) => o.id)], pick);
          return [{ cards: [c.id], item: { kind: "card-choice", cardId: c.id, optionIds } }];
        });
      case "true_false":
        return deck.map((c) => {
          const [other] = otherCards(c, cards, 1, pick);
          const shownId = other && pick(2) === 0 ? other.id : c.id;
          return { cards: [c.id], item: { kind: "card-tf", cardId: c.id, shownId } };
        });
      case "typed":
        return deck.map((c) => ({ cards: [c.id], item: { kind: "card-typed", cardId: c.id } }));
      case "matching": {
        const groups: Array<{ item: TestItem; cards: string[] }> = [];
        const byLesson = new Map<string, LearnCard[]>();
        for (const c of deck) byLesson.set(c.lessonId, [...(byLesson.get(c.lessonId) ?? []), c]);
        for (const lessonCards of byLesson.values())
          for (let i = 0; i + 2 <= lessonCards.length; i += MATCHING_SIZE) {
            const group = lessonCards.slice(i, i + MATCHING_SIZE).map((c) => c.id);
            if (group.length < 2) continue;
            groups.push({
              cards: group,
              item: { kind: "matching", cardIds: group, definitionIds: shuffled(group, pick) },
            });
          }
        return groups;
      }
      case "output":
        return [];
    }
  };
  return [...fromQuestions, ...fromCards()];
}

/**
 * Up to `count` items, the chosen types taking turns; a card is used once per test (a term whose
 * definition was just shown as an option would give itself away).
 */
export function buildTest(
  questions: readonly TestQuestion[],
  cards: readonly LearnCard[],
  settings: TestSettings,
  pick: Pick,
): TestItem[] {
  const queues = settings.types.map((t) => candidates(t, questions, cards, pick));
  const usedCards = new Set<string>();
  const items: TestItem[] = [];
  while (items.length < settings.count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      if (items.length === settings.count) break;
      let next = queue.shift();
      while (next && next.cards.some((id) => usedCards.has(id))) next = queue.shift();
      if (!next) continue;
      next.cards.forEach((id) => usedCards.add(id));
      items.push(next.item);
    }
  }
  return items;
}

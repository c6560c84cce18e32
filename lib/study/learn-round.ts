/**
 * Learn (as Quizlet's): each card is asked first as multiple choice (its front, pick the back),
 * then typed (its back, type the front). Two right answers in a row master it; a miss starts the
 * card over and brings it back a few cards later. Pure, so the rules are tested without a server.
 */
import { z } from "zod";
import { shuffled, type Pick } from "./plan";
import { normalizeAnswer } from "./grade";

/** Cards asked in between before a missed card comes back, and before a half-learned one is typed. */
export const MISS_GAP = 2;
export const NEXT_STEP_GAP = 4;
export const WANTED_CHOICES = 4;

const progressSchema = z.object({
  /** Right answers in a row: 0 → asked as a choice, 1 → typed, 2 → mastered. */
  streak: z.number().int().min(0).max(2),
  answers: z.number().int().min(0),
  misses: z.number().int().min(0),
});

export const learnStateSchema = z.object({
  v: z.literal(1),
  /** Cards still to ask, the one on screen first. */
  queue: z.array(z.string()),
  cards: z.record(z.string(), progressSchema),
  /** The question on screen: which card, how, and (for a choice) the card ids whose backs are offered. */
  current: z
    .object({
      cardId: z.string(),
      format: z.enum(["choice", "typed"]),
      optionIds: z.array(z.string()),
    })
    .nullable(),
});
export type LearnState = z.infer<typeof learnStateSchema>;
export type LearnQuestion = NonNullable<LearnState["current"]>;

export interface LearnCard {
  id: string;
  lessonId: string;
  front: string;
  back: string;
}

export interface LearnProgress {
  total: number;
  mastered: number;
  learning: number;
  notSeen: number;
}

export function progressOf(state: LearnState): LearnProgress {
  const all = Object.values(state.cards);
  const mastered = all.filter((c) => c.streak >= 2).length;
  const notSeen = all.filter((c) => c.answers === 0).length;
  return { total: all.length, mastered, notSeen, learning: all.length - mastered - notSeen };
}

/** A fresh round over these cards in random order. */
export function newRound(cards: readonly LearnCard[], pick?: Pick): LearnState {
  const queue = shuffled(
    cards.map((c) => c.id),
    pick,
  );
  const state: LearnState = {
    v: 1,
    queue,
    cards: Object.fromEntries(cards.map((c) => [c.id, { streak: 0, answers: 0, misses: 0 }])),
    current: null,
  };
  return withQuestion(state, cards, pick);
}

/** Up to three other cards of the same lesson whose backs read differently, as wrong choices. */
export function choiceIds(card: LearnCard, cards: readonly LearnCard[], pick?: Pick): string[] {
  const seen = new Set([normalizeAnswer(card.back)]);
  const others: string[] = [];
  for (const c of shuffled(
    cards.filter((c) => c.id !== card.id && c.lessonId === card.lessonId),
    pick,
  )) {
    const key = normalizeAnswer(c.back);
    if (others.length === WANTED_CHOICES - 1) break;
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    others.push(c.id);
  }
  return shuffled([card.id, ...others], pick);
}

/** Puts the question for the queue's first card on screen (none once the queue is empty). */
export function withQuestion(
  state: LearnState,
  cards: readonly LearnCard[],
  pick?: Pick,
): LearnState {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const queue = state.queue.filter((id) => byId.has(id));
  const cardId = queue[0];
  if (!cardId) return { ...state, queue, current: null };
  const card = byId.get(cardId)!;
  // A card with no other card to confuse it with is typed from the start.
  const options = (state.cards[cardId]?.streak ?? 0) === 0 ? choiceIds(card, cards, pick) : [];
  const format = options.length > 1 ? "choice" : "typed";
  return {
    ...state,
    queue,
    current: { cardId, format, optionIds: format === "choice" ? options : [] },
  };
}

/** The answer to the question on screen: right answers move the card on, a miss starts it over. */
export function answerCurrent(
  state: LearnState,
  correct: boolean,
  cards: readonly LearnCard[],
  pick?: Pick,
): LearnState {
  const current = state.current;
  if (!current) return state;
  const before = state.cards[current.cardId] ?? { streak: 0, answers: 0, misses: 0 };
  const streak = correct ? Math.min(before.streak + 1, 2) : 0;
  const progress = {
    streak,
    answers: before.answers + 1,
    misses: before.misses + (correct ? 0 : 1),
  };
  const rest = state.queue.slice(1);
  const queue =
    streak >= 2 ? rest : insertAt(rest, correct ? NEXT_STEP_GAP : MISS_GAP, current.cardId);
  return withQuestion(
    { ...state, queue, cards: { ...state.cards, [current.cardId]: progress } },
    cards,
    pick,
  );
}

function insertAt(queue: string[], gap: number, id: string): string[] {
  const at = Math.min(gap, queue.length);
  return [...queue.slice(0, at), id, ...queue.slice(at)];
}

/** True when the card was answered before in this round (only its first answer feeds the schedule). */
export const answeredBefore = (state: LearnState, cardId: string) =>
  (state.cards[cardId]?.answers ?? 0) > 0;

/** After content changes: removed cards leave the round, new ones join at the end of the queue. */
export function reconcile(state: LearnState, cards: readonly LearnCard[], pick?: Pick): LearnState {
  const ids = new Set(cards.map((c) => c.id));
  const kept = Object.entries(state.cards).filter(([id]) => ids.has(id));
  const added = cards.filter((c) => !(c.id in state.cards)).map((c) => c.id);
  if (kept.length === Object.keys(state.cards).length && added.length === 0) return state;
  const next: LearnState = {
    ...state,
    queue: [...state.queue.filter((id) => ids.has(id)), ...added],
    cards: {
      ...Object.fromEntries(kept),
      ...Object.fromEntries(added.map((id) => [id, { streak: 0, answers: 0, misses: 0 }])),
    },
  };
  return withQuestion(next, cards, pick);
}

/**
 * Learn rounds on the server: the round lives in LearnSession (one per learner and lesson or
 * course), so a reload resumes it; answers are graded here and a card's first answer of the
 * round feeds the review schedule the way a quiz answer does (lib/srs/apply.ts, source "quiz").
 */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { renderMarkdown } from "../content/render";
import { db } from "../db";
import { applyRating } from "../srs/apply";
import {
  learnAnswerSchema,
  studyScopeSchema,
  type LearnAnswerInput,
  type StudyScope,
} from "../validations/study-modes";
import { typedAnswerIsRight } from "./grade";
import {
  answerCurrent,
  answeredBefore,
  learnStateSchema,
  newRound,
  progressOf,
  reconcile,
  type LearnCard,
  type LearnProgress,
  type LearnState,
} from "./learn-round";
import { fail, type Result } from "./result";
import { studyCards } from "./study-cards";

export interface LearnQuestionView {
  cardId: string;
  format: "choice" | "typed";
  promptHtml: string;
  options: Array<{ id: string; html: string }>;
}
export interface LearnView {
  question: LearnQuestionView | null;
  progress: LearnProgress;
}
export interface LearnFeedback {
  correct: boolean;
  correctAnswerHtml: string;
  /** The card is mastered now (two right answers in a row). */
  mastered: boolean;
}

const scopeKey = (s: StudyScope) =>
  s.lessonSlug ? `${s.courseSlug}/${s.lessonSlug}` : s.courseSlug;

async function questionView(state: LearnState, cards: LearnCard[]): Promise<LearnView> {
  const progress = progressOf(state);
  const q = state.current;
  if (!q) return { question: null, progress };
  const byId = new Map(cards.map((c) => [c.id, c]));
  const card = byId.get(q.cardId)!;
  return {
    progress,
    question: {
      cardId: q.cardId,
      format: q.format,
      // A choice shows the term and offers definitions; typed shows the definition and asks for the term.
      promptHtml: await renderMarkdown(q.format === "choice" ? card.front : card.back),
      options: await Promise.all(
        q.optionIds.map(async (id) => ({ id, html: await renderMarkdown(byId.get(id)!.back) })),
      ),
    },
  };
}

/** The learner's round for this lesson or course, started when there is none; null when not visible. */
export async function getLearnRound(user: CurrentUser, raw: StudyScope): Promise<LearnView | null> {
  const scope = studyScopeSchema.parse(raw);
  const cards = await studyCards(scope);
  if (!cards) return null;
  const key = { userId_scope: { userId: user.id, scope: scopeKey(scope) } };
  const row = await db.learnSession.findUnique({ where: key });
  const stored = row ? learnStateSchema.safeParse(JSON.parse(row.state)) : null;
  const state = stored?.success ? reconcile(stored.data, cards) : newRound(cards);
  if (!row || !stored?.success || state !== stored.data)
    await db.learnSession.upsert({
      where: key,
      create: { userId: user.id, scope: scopeKey(scope), state: JSON.stringify(state) },
      update: { state: JSON.stringify(state), finishedAt: null },
    });
  return questionView(state, cards);
}

/** A new round over every card (the old one's progress is dropped; the schedule keeps its ratings). */
export async function restartLearnRound(
  user: CurrentUser,
  raw: StudyScope,
): Promise<Result<LearnView>> {
  const parsed = studyScopeSchema.safeParse(raw);
  if (!parsed.success) return fail(400, "Which lesson's round to restart is missing.");
  const cards = await studyCards(parsed.data);
  if (!cards) return fail(404, "No such lesson.");
  const state = newRound(cards);
  const scope = scopeKey(parsed.data);
  await db.learnSession.upsert({
    where: { userId_scope: { userId: user.id, scope } },
    create: { userId: user.id, scope, state: JSON.stringify(state) },
    update: { state: JSON.stringify(state), startedAt: new Date(), finishedAt: null },
  });
  return { ok: true, ...(await questionView(state, cards)) };
}

/** Grades the answer to the question on screen and moves the round on, in one transaction. */
export async function answerLearn(
  user: CurrentUser,
  raw: LearnAnswerInput,
): Promise<Result<LearnFeedback & LearnView>> {
  const parsed = learnAnswerSchema.safeParse(raw);
  if (!parsed.success) return fail(400, parsed.error.issues[0]?.message ?? "Invalid answer.");
  const input = parsed.data;
  const cards = await studyCards(input);
  if (!cards) return fail(404, "No such lesson.");
  const scope = scopeKey(input);
  const outcome = await db.$transaction(async (tx) => {
    const row = await tx.learnSession.findUnique({
      where: { userId_scope: { userId: user.id, scope } },
    });
    const stored = row ? learnStateSchema.safeParse(JSON.parse(row.state)) : null;
    if (!row || !stored?.success) return fail(404, "No Learn round is open here; reload the page.");
    const state = stored.data;
    const q = state.current;
    if (!q || q.cardId !== input.cardId)
      return fail(409, "That card is no longer on screen (another tab moved on); reload the page.");
    if (q.format === "choice" && !q.optionIds.includes(input.optionId ?? ""))
      return fail(400, "Choose one of the definitions offered.");
    if (q.format === "typed" && input.optionId !== undefined)
      return fail(400, "Type the term for this definition.");
    const card = cards.find((c) => c.id === q.cardId)!;
    const correct =
      q.format === "choice"
        ? input.optionId === card.id
        : typedAnswerIsRight(input.response ?? "", [card.front]);
    // Only the card's first answer of the round is a memory test; later ones follow the feedback.
    if (!answeredBefore(state, card.id))
      await applyRating(tx, {
        userId: user.id,
        item: { flashcardId: card.id },
        rating: correct ? 3 : 1,
        durationMs: input.timeMs,
        source: "quiz",
        requestId: `learn:${row.id}:${row.startedAt.getTime()}:${card.id}`,
      });
    const next = answerCurrent(state, correct, cards);
    await tx.learnSession.update({
      where: { id: row.id },
      data: { state: JSON.stringify(next), finishedAt: next.current ? null : new Date() },
    });
    return { ok: true as const, correct, card, next };
  });
  if (!outcome.ok) return outcome;
  const { correct, card, next } = outcome;
  return {
    ok: true,
    correct,
    mastered: (next.cards[card.id]?.streak ?? 0) >= 2,
    correctAnswerHtml: await renderMarkdown(input.optionId !== undefined ? card.back : card.front),
    ...(await questionView(next, cards)),
  };
}

/**
 * A learner's due queue: learning and relearning cards first, then reviews due today (up to the
 * daily maximum), then new cards up to the daily new limit, in course → lesson → position order.
 */
import type { Prisma, StudySettings } from "../generated/prisma/client";
import { State } from "ts-fsrs";
import { studyDay } from "./day";
import { newCandidates, type NewCandidate } from "./new-cards";

type Tx = Prisma.TransactionClient;
const live = { status: "published", archivedAt: null };
/** Like Anki's learn-ahead limit: with nothing else left, a learning card due this soon is shown now. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export type QueueEntry = { reviewItemId: string | null; flashcardId: string | null; questionId: string | null };
export interface QueueCounts { learning: number; review: number; new: number }
export interface StudyQueue { next: QueueEntry | null; counts: QueueCounts; nextLearningAt: Date | null; dueTomorrow: number }

/** Items whose content a learner may still see, optionally within one course. */
export function liveItems(courseSlug?: string): Prisma.ReviewItemWhereInput {
  const lesson = { ...live, course: { ...live, ...(courseSlug ? { slug: courseSlug } : {}) } };
  return { OR: [{ flashcard: { ...live, lesson } }, { question: { ...live, lesson } }] };
}

const entryOf = (i: { id: string; flashcardId: string | null; questionId: string | null }): QueueEntry => ({ reviewItemId: i.id, flashcardId: i.flashcardId, questionId: i.questionId });
const entrySelect = { id: true, flashcardId: true, questionId: true } as const;

export async function studyQueue(tx: Tx, settings: StudySettings, options: { now: Date; courseSlug?: string }): Promise<StudyQueue> {
  const { now, courseSlug } = options;
  const userId = settings.userId;
  const day = studyDay(now, settings.timeZone, settings.dayStartHour);
  const mine = { userId, ...liveItems(courseSlug) };
  const learningWhere = { ...mine, state: { in: [State.Learning, State.Relearning] } };
  const reviewWhere = { ...mine, state: State.Review, due: { lt: day.end } };
  const [done, learning, reviewDue, dueTomorrow] = await Promise.all([
    tx.reviewLog.groupBy({ by: ["stateBefore"], where: { userId, source: "review", reviewedAt: { gte: day.start } }, _count: true }),
    tx.reviewItem.count({ where: { ...learningWhere, due: { lt: day.end } } }),
    tx.reviewItem.count({ where: reviewWhere }),
    tx.reviewItem.count({ where: { ...mine, state: { not: State.New }, due: { lt: new Date(day.end.getTime() + 86_400_000) } } }),
  ]);
  const doneIn = (state: State) => done.find((d) => d.stateBefore === state)?._count ?? 0;
  const review = Math.max(0, Math.min(reviewDue, settings.maxReviewsPerDay - doneIn(State.Review)));
  const newLeft = Math.max(0, settings.newPerDay - doneIn(State.New));
  const fresh: NewCandidate[] = newLeft > 0 ? await newCandidates(tx, userId, newLeft, courseSlug) : [];
  const counts = { learning, review, new: fresh.length };

  const learningNow = await tx.reviewItem.findFirst({ where: { ...learningWhere, due: { lte: now } }, orderBy: { due: "asc" }, select: entrySelect });
  if (learningNow) return { next: entryOf(learningNow), counts, nextLearningAt: null, dueTomorrow };
  if (review > 0) {
    const due = await tx.reviewItem.findFirst({ where: reviewWhere, orderBy: { due: "asc" }, select: entrySelect });
    if (due) return { next: entryOf(due), counts, nextLearningAt: null, dueTomorrow };
  }
  if (fresh[0]) return { next: fresh[0], counts, nextLearningAt: null, dueTomorrow };
  const later = learning > 0 ? await tx.reviewItem.findFirst({ where: { ...learningWhere, due: { lt: day.end } }, orderBy: { due: "asc" }, select: { ...entrySelect, due: true } }) : null;
  if (later && later.due.getTime() - now.getTime() <= LEARN_AHEAD_MS) return { next: entryOf(later), counts, nextLearningAt: null, dueTomorrow };
  return { next: null, counts, nextLearningAt: later?.due ?? null, dueTomorrow };
}

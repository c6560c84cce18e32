/**
 * Lesson mastery: the share of a lesson's live cards and questions that the learner has in review
 * with an FSRS stability of at least MASTERY_DAYS — FSRS expects a 90% chance of recalling each of
 * them that many days after the last review.
 */
import "server-only";
import { State } from "ts-fsrs";
import { db } from "../db";

export const MASTERY_DAYS = 7;

export interface LessonMastery {
  mastered: number;
  /** Cards in review or learning (seen at least once), mastered ones included. */
  started: number;
  total: number;
}

const live = { archivedAt: null, status: "published" };

/** Mastery per lesson id for the given lessons (their live item counts are passed in). */
export async function lessonMastery(
  userId: string,
  totals: Map<string, number>,
): Promise<Map<string, LessonMastery>> {
  const lessonId = { in: [...totals.keys()] };
  const items = await db.reviewItem.findMany({
    where: {
      userId,
      state: { not: State.New },
      OR: [{ flashcard: { lessonId, ...live } }, { question: { lessonId, ...live } }],
    },
    select: {
      state: true,
      stability: true,
      flashcard: { select: { lessonId: true } },
      question: { select: { lessonId: true } },
    },
  });
  const result = new Map<string, LessonMastery>(
    [...totals].map(([id, total]) => [id, { mastered: 0, started: 0, total }]),
  );
  for (const item of items) {
    const entry = result.get(item.flashcard?.lessonId ?? item.question?.lessonId ?? "");
    if (!entry) continue;
    entry.started += 1;
    if (isMastered(item)) entry.mastered += 1;
  }
  return result;
}

export const isMastered = (item: { state: number; stability: number }) =>
  item.state === State.Review && item.stability >= MASTERY_DAYS;

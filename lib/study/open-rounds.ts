/**
 * Learn rounds a learner has started and not finished, for "Continue" on the home page and on the
 * lesson's study modes. A round counts once a card in it has been answered and until every card is
 * mastered; opening the Learn page alone starts a row but nothing to continue.
 */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { pluralize } from "../format/plural";
import { learnStateSchema, progressOf, type LearnProgress } from "./learn-round";

export interface OpenLearnRound {
  courseSlug: string;
  /** Null for the course-wide round. */
  lessonSlug: string | null;
  href: string;
  progress: LearnProgress;
  updatedAt: Date;
}

/** The learner's unfinished rounds (in one course, or in all), the most recently answered first. */
export async function openLearnRounds(
  user: CurrentUser,
  courseSlug?: string,
): Promise<OpenLearnRound[]> {
  const rows = await db.learnSession.findMany({
    where: {
      userId: user.id,
      finishedAt: null,
      ...(courseSlug
        ? { OR: [{ scope: courseSlug }, { scope: { startsWith: `${courseSlug}/` } }] }
        : {}),
    },
    orderBy: { updatedAt: "desc" },
    select: { scope: true, state: true, updatedAt: true },
  });
  return rows.flatMap((row) => {
    const parsed = learnStateSchema.safeParse(parseJson(row.state));
    if (!parsed.success) return [];
    const progress = progressOf(parsed.data);
    if (progress.notSeen === progress.total || progress.mastered === progress.total) return [];
    const [courseSlug, lessonSlug = null] = row.scope.split("/") as [string, string?];
    const href = lessonSlug
      ? `/courses/${courseSlug}/lessons/${lessonSlug}/learn`
      : `/courses/${courseSlug}/learn`;
    return [{ courseSlug, lessonSlug, href, progress, updatedAt: row.updatedAt }];
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** "3 of 10 cards mastered". */
export const roundSummary = (p: LearnProgress) =>
  `${p.mastered} of ${pluralize(p.total, "card")} mastered`;

/** Whether a learner has studied anything yet: the home greets a new account, and welcomes back the rest. */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";

/** Any review, quiz, Learn round, Match game, place visited or section read, in any course. */
export async function hasStudyHistory(user: CurrentUser): Promise<boolean> {
  const where = { where: { userId: user.id }, select: { userId: true } } as const;
  const found = await Promise.all([
    db.reviewLog.findFirst(where),
    db.quizAttempt.findFirst(where),
    db.learnSession.findFirst(where),
    db.matchBest.findFirst(where),
    db.learnerPlace.findFirst(where),
    db.sectionRead.findFirst(where),
  ]);
  return found.some((row) => row !== null);
}

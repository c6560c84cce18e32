/** Builds a learner's study history straight into the test database: items, ratings, quiz attempts. */
import type { CurrentUser } from "../../lib/auth/session";
import type { PrismaClient } from "../../lib/generated/prisma/client";

let serial = 0;

export async function makeLearner(
  prisma: PrismaClient,
  clock?: { timeZone: string; dayStartHour: number },
): Promise<CurrentUser> {
  serial += 1;
  const user = await prisma.user.create({
    data: { email: `stats-${serial}-${Date.now()}@x.test`, passwordHash: "x" },
  });
  if (clock) await prisma.studySettings.create({ data: { userId: user.id, ...clock } });
  return { id: user.id, email: user.email, name: null, role: "LEARNER" };
}

/** A fresh flashcard in a lesson, so one learner can have as many items as a test needs. */
export async function makeCard(
  prisma: PrismaClient,
  lessonId: string,
  extra: { status?: string; archivedAt?: Date } = {},
) {
  serial += 1;
  return prisma.flashcard.create({
    data: {
      id: `stats-card-${serial}`,
      lessonId,
      front: `front ${serial}`,
      back: "back",
      ...extra,
    },
  });
}

export async function makeItem(
  prisma: PrismaClient,
  userId: string,
  lessonId: string,
  item: { due: Date; state?: number; cardExtra?: { status?: string; archivedAt?: Date } },
) {
  const card = await makeCard(prisma, lessonId, item.cardExtra);
  return prisma.reviewItem.create({
    data: { userId, flashcardId: card.id, due: item.due, state: item.state ?? 2 },
  });
}

export interface Rating {
  at: Date;
  rating?: number;
  stateBefore?: number;
  source?: string;
}

export async function rate(
  prisma: PrismaClient,
  userId: string,
  reviewItemId: string,
  ratings: Rating[],
) {
  await prisma.reviewLog.createMany({
    data: ratings.map((r) => ({
      reviewItemId,
      userId,
      rating: r.rating ?? 3,
      stateBefore: r.stateBefore ?? 2,
      dueBefore: r.at,
      elapsedDays: 1,
      scheduledDays: 1,
      source: r.source ?? "review",
      previous: "{}",
      reviewedAt: r.at,
    })),
  });
}

export async function finishQuiz(
  prisma: PrismaClient,
  userId: string,
  courseSlug: string,
  q: {
    at: Date;
    score: number;
    total: number;
    lessonSlug?: string;
    finished?: boolean;
    questionId?: string;
  },
) {
  const attempt = await prisma.quizAttempt.create({
    data: {
      userId,
      courseSlug,
      lessonSlug: q.lessonSlug ?? null,
      startedAt: q.at,
      finishedAt: q.finished === false ? null : q.at,
      score: q.score,
      total: q.total,
    },
  });
  if (q.questionId)
    await prisma.quizAnswer.create({
      data: {
        attemptId: attempt.id,
        questionId: q.questionId,
        response: "x",
        correct: true,
        timeMs: 900,
        answeredAt: q.at,
      },
    });
  return attempt;
}

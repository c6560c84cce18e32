/**
 * Per-flashcard aggregates for one course, computed in SQL: lapses and average FSRS difficulty
 * over learners who reviewed the card (groupBy), and retention = the share of ratings given in
 * the Review state that were not "Again" (a parameterised join, portable to PostgreSQL).
 */
import { cardFlags, type CardFlag } from "./flags";
import { rowsOf } from "../db-raw";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

export interface CardStat {
  id: string;
  lesson: { slug: string; title: string };
  front: string;
  status: string;
  learners: number;
  lapses: number;
  avgDifficulty: number | null;
  reviews: number;
  retention: number | null;
  flags: CardFlag[];
}

/** ts-fsrs State.Review and Rating.Again. */
const REVIEW_STATE = 2;
const AGAIN = 1;

export async function flashcardStats(db: PrismaClient, courseId: string): Promise<CardStat[]> {
  const [cards, items, retention] = await Promise.all([
    db.flashcard.findMany({
      where: { lesson: { courseId, archivedAt: null }, archivedAt: null },
      orderBy: [{ lesson: { position: "asc" } }, { position: "asc" }],
      select: {
        id: true,
        front: true,
        status: true,
        lesson: { select: { slug: true, title: true } },
      },
    }),
    db.reviewItem.groupBy({
      by: ["flashcardId"],
      where: { flashcard: { lesson: { courseId } }, reps: { gt: 0 } },
      _count: { _all: true },
      _sum: { lapses: true },
      _avg: { difficulty: true },
    }),
    rowsOf<{ flashcardId: string; reviews: number | bigint; recalled: number | bigint }>(
      db,
      Prisma.sql`
      SELECT r."flashcardId" AS "flashcardId", COUNT(*) AS "reviews", SUM(CASE WHEN g."rating" <> ${AGAIN} THEN 1 ELSE 0 END) AS "recalled"
      FROM "ReviewLog" g JOIN "ReviewItem" r ON r."id" = g."reviewItemId"
        JOIN "Flashcard" f ON f."id" = r."flashcardId" JOIN "Lesson" l ON l."id" = f."lessonId"
      WHERE l."courseId" = ${courseId} AND g."stateBefore" = ${REVIEW_STATE} AND g."source" IN ('review', 'quiz')
      GROUP BY r."flashcardId"`,
    ),
  ]);
  return cards.map((c) => {
    const item = items.find((i) => i.flashcardId === c.id);
    const kept = retention.find((r) => r.flashcardId === c.id);
    const reviews = Number(kept?.reviews ?? 0);
    const stat = { reviews, retention: reviews ? Number(kept!.recalled) / reviews : null };
    return {
      id: c.id,
      lesson: c.lesson,
      front: c.front,
      status: c.status,
      learners: item?._count._all ?? 0,
      lapses: item?._sum.lapses ?? 0,
      avgDifficulty: item?._avg.difficulty ?? null,
      ...stat,
      flags: cardFlags(stat),
    };
  });
}

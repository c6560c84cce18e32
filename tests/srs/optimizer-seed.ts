/** A simulated review history (lib/srs/optimizer/simulate.ts) written straight into a test database. */
import { default_w } from "ts-fsrs";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { drawParameters, randomSource, simulateLearner } from "../../lib/srs/optimizer/simulate";

export interface SeedOptions {
  reviews: number;
  seed?: number;
  truth?: number[];
  start?: Date;
  newPerDay?: number;
}

/** Rates the given flashcards (one per simulated card, in order) and returns the true parameters and the log count. */
export async function seedReviewHistory(
  prisma: PrismaClient,
  userId: string,
  flashcardIds: string[],
  options: SeedOptions,
) {
  const random = randomSource(options.seed ?? 1);
  const truth = options.truth ?? drawParameters(default_w, 0.3, random);
  const logs = simulateLearner({
    id: userId,
    truth,
    reviews: options.reviews,
    random,
    start: options.start,
    newPerDay: options.newPerDay ?? 5,
  });
  const cardIndex = (cardId: string) => Number(cardId.slice(cardId.lastIndexOf("-c") + 2));
  const used = logs.filter((l) => cardIndex(l.cardId) < flashcardIds.length);
  const cards = [...new Set(used.map((l) => l.cardId))];
  const itemIds = new Map(cards.map((c) => [c, `${userId}-${c.slice(c.lastIndexOf("-c") + 1)}`]));
  const last = (c: string) => used.findLast((l) => l.cardId === c)!.reviewedAt;
  await prisma.reviewItem.createMany({
    data: cards.map((c) => ({
      id: itemIds.get(c)!,
      userId,
      flashcardId: flashcardIds[cardIndex(c)]!,
      due: new Date(last(c).getTime() + 86_400_000),
      stability: 3,
      difficulty: 5,
      state: 2,
      reps: 2,
      lastReview: last(c),
    })),
  });
  await prisma.reviewLog.createMany({
    data: used.map((l) => ({
      reviewItemId: itemIds.get(l.cardId)!,
      userId,
      rating: l.rating,
      stateBefore: l.stateBefore,
      dueBefore: l.reviewedAt,
      elapsedDays: 0,
      scheduledDays: 0,
      durationMs: 4000,
      source: l.source,
      previous: "{}",
      reviewedAt: l.reviewedAt,
    })),
  });
  return { truth, logCount: used.length };
}

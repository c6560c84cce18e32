/**
 * The automatic refit, started after a rating has been answered (never on its request path): a
 * learner's parameters are fitted once they have LEARNER_MIN_REVIEWS ratings (below that the course's
 * predict them as well, bench:optimizer) and again when their rating count has grown by half since the last fit. Checked on a learner's first rating in this process and
 * every CHECK_EVERY after, with counts capped at what the decision needs.
 */
import type { PrismaClient } from "../../generated/prisma/client";
import { RATING_SOURCES } from "./items";
import type { FitOptions } from "./fit";
import { fitLearnerParameters } from "./learner";
import { LEARNER_MIN_REVIEWS, type FitOutcome } from "./outcome";

export const CHECK_EVERY = 20;
/** A refit is due when the rating count reaches this multiple of the count last fitted on. */
export const REFIT_GROWTH = 1.5;
/** After a failed run, the automatic refit waits this long before trying again. */
const RETRY_AFTER_MS = 3_600_000;

const ratingsSeen = new Map<string, number>();

/** Whether the learner has at least `n` ratings after `since` (reads at most n index entries). */
async function hasRatings(db: PrismaClient, userId: string, n: number, since?: Date) {
  const [nth] = await db.reviewLog.findMany({
    where: {
      userId,
      source: { in: [...RATING_SOURCES] },
      ...(since ? { reviewedAt: { gt: since } } : {}),
    },
    select: { id: true },
    orderBy: { reviewedAt: "asc" },
    skip: n - 1,
    take: 1,
  });
  return nth !== undefined;
}

/** Decides and, when due, runs the fit (awaited here; callers don't await this). */
export async function refitIfDue(
  db: PrismaClient,
  userId: string,
  options: FitOptions & { force?: boolean } = {},
): Promise<FitOutcome | null> {
  const seen = (ratingsSeen.get(userId) ?? 0) + 1;
  ratingsSeen.set(userId, seen % CHECK_EVERY);
  if (seen !== 1 && !options.force) return null;
  const now = options.now ?? new Date();
  const row = await db.learnerParameters.findUnique({ where: { userId } });
  if (row?.status === "running") return null;
  if (row?.status === "failed" && now.getTime() - row.updatedAt.getTime() < RETRY_AFTER_MS)
    return null;
  const fitted = row?.weights ? row.reviewCount : 0;
  const due = fitted
    ? await hasRatings(
        db,
        userId,
        Math.ceil(fitted * (REFIT_GROWTH - 1)),
        row?.fittedAt ?? undefined,
      )
    : await hasRatings(db, userId, LEARNER_MIN_REVIEWS);
  if (!due) return null;
  return fitLearnerParameters(db, userId, options);
}

/** After a rating: check (and maybe fit) once the response is on its way; errors never reach the learner. */
export function afterRating(db: PrismaClient, userId: string): void {
  setImmediate(() => {
    refitIfDue(db, userId).catch((e: unknown) => console.warn("refitIfDue:", e));
  });
}

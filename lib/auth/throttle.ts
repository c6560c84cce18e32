/**
 * Slows down password guessing: after FREE_FAILURES failed sign-ins for an email within the
 * window, further attempts are refused until a delay that doubles per failure has passed.
 */
import type { PrismaClient } from "../generated/prisma/client";

const WINDOW_MS = 15 * 60_000;
const FREE_FAILURES = 5;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

/** Milliseconds the caller must still wait before trying this email again (0 = go ahead). */
export async function signInDelay(
  db: PrismaClient,
  email: string,
  now = Date.now(),
): Promise<number> {
  const failures = await db.loginFailure.findMany({
    where: { email, createdAt: { gte: new Date(now - WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  if (failures.length < FREE_FAILURES) return 0;
  const delay = Math.min(BASE_DELAY_MS * 2 ** (failures.length - FREE_FAILURES), MAX_DELAY_MS);
  return Math.max(0, failures[0]!.createdAt.getTime() + delay - now);
}

export async function recordFailure(db: PrismaClient, email: string, userId?: string) {
  await db.loginFailure.create({ data: { email, userId } });
}

export async function clearFailures(db: PrismaClient, email: string) {
  await db.loginFailure.deleteMany({ where: { email } });
}

/** The review logs an optimizer run reads: one learner's, or every learner's on one course (with each learner's clock). */
import type { PrismaClient } from "../../generated/prisma/client";
import type { Tx } from "../../db";
import { clockOf, type DayClock } from "../day";
import { RATING_SOURCES, type RatingLog } from "./items";

type Db = PrismaClient | Tx;
const select = {
  reviewItemId: true,
  reviewedAt: true,
  rating: true,
  source: true,
  stateBefore: true,
  durationMs: true,
  userId: true,
} as const;
/** Ratings, and resets (they start a card's history over). */
const sources = { in: [...RATING_SOURCES, "reset"] };

const toLog = (l: {
  reviewItemId: string;
  reviewedAt: Date;
  rating: number;
  source: string;
  stateBefore: number;
  durationMs: number;
}): RatingLog => ({
  cardId: l.reviewItemId,
  reviewedAt: l.reviewedAt,
  rating: l.rating,
  source: l.source,
  stateBefore: l.stateBefore,
  durationMs: l.durationMs,
});

export async function learnerClock(db: Db, userId: string): Promise<DayClock> {
  const s = await db.studySettings.findUnique({ where: { userId } });
  return clockOf(s ?? { timeZone: "UTC", dayStartHour: 4 });
}

type Where = NonNullable<Parameters<Db["reviewLog"]["findMany"]>[0]>["where"];
const PAGE = 5000;

/**
 * Logs read a page at a time (by id; items.ts orders each card's by time), so a learner with a
 * million logs doesn't hold the event loop for one long synchronous SQLite read.
 */
async function readLogs(db: Db, where: Where) {
  const rows: (RatingLog & { userId: string })[] = [];
  for (let after: string | undefined; ;) {
    const page = await db.reviewLog.findMany({
      where,
      select: { ...select, id: true },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    });
    for (const r of page) rows.push({ ...toLog(r), userId: r.userId });
    if (page.length < PAGE) return rows;
    after = page.at(-1)!.id;
  }
}

export async function learnerLogs(db: Db, userId: string): Promise<RatingLog[]> {
  return readLogs(db, { userId, source: sources });
}

export interface LearnerLogs {
  userId: string;
  clock: DayClock;
  logs: RatingLog[];
}

/** Every learner's logs on the course's cards and questions, grouped by learner. */
export async function courseLogs(db: Db, courseId: string): Promise<LearnerLogs[]> {
  const inCourse = { lesson: { courseId } };
  const rows = await readLogs(db, {
    source: sources,
    reviewItem: { OR: [{ flashcard: inCourse }, { question: inCourse }] },
  });
  const byUser = new Map<string, RatingLog[]>();
  for (const { userId, ...log } of rows) {
    const list = byUser.get(userId) ?? [];
    list.push(log);
    byUser.set(userId, list);
  }
  const settings = await db.studySettings.findMany({
    where: { userId: { in: [...byUser.keys()] } },
  });
  const clocks = new Map(settings.map((s) => [s.userId, clockOf(s)]));
  return [...byUser].map(([userId, logs]) => ({
    userId,
    clock: clocks.get(userId) ?? clockOf({ timeZone: "UTC", dayStartHour: 4 }),
    logs,
  }));
}

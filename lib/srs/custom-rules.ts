/**
 * Custom study's rules, shared by the session (lib/srs/custom-study.ts) and the finished-review
 * screen's suggestions (lib/srs/review.ts): which cards are "due ahead" and "failed today".
 */
import "server-only";
import { State } from "ts-fsrs";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { clockOf, studyDayNumber, studyDayStart } from "./day";
import { loadStudySettings } from "./settings";
import { sqlOf } from "../db-raw";

const published = { status: "published", archivedAt: null } as const;
const liveContent = { ...published, lesson: { ...published, course: published } } as const;
const liveItem: Prisma.ReviewItemWhereInput = {
  OR: [{ flashcard: { is: liveContent } }, { question: { is: liveContent } }],
};

export interface Day {
  start: Date;
  end: Date;
  today: number;
  clock: ReturnType<typeof clockOf>;
}
export async function dayOf(userId: string, now: Date) {
  const settings = await loadStudySettings(await sqlOf(db), userId);
  const clock = clockOf(settings);
  const today = studyDayNumber(now, clock);
  const day: Day = {
    start: studyDayStart(today, clock),
    end: studyDayStart(today + 1, clock),
    today,
    clock,
  };
  return { settings, day };
}

const notSuspendedOrBuried = (now: Date): Prisma.ReviewItemWhereInput => ({
  suspendedAt: null,
  OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }],
});

/** Review cards due after today and before the end of the Nth study day from now. */
export const aheadWhere = (userId: string, days: number, day: Day, now: Date) => ({
  AND: [
    { userId, state: State.Review, due: { gte: day.end } },
    { due: { lt: studyDayStart(day.today + 1 + days, day.clock) } },
    notSuspendedOrBuried(now),
    liveItem,
  ],
});
/** Cards rated Again in a review session since today's study day began. */
export const failedWhere = (userId: string, day: Day, now: Date) => ({
  AND: [
    { userId, logs: { some: { source: "review", rating: 1, reviewedAt: { gte: day.start } } } },
    notSuspendedOrBuried(now),
    liveItem,
  ],
});

/** What the finished-review screen suggests: failed today, due in the next 3 days, and the next lesson with cards not met yet. */
export interface Suggestions {
  failedToday: number;
  aheadDays: number;
  dueAhead: number;
  nextLesson: { title: string; href: string; courseTitle: string } | null;
}

export const SUGGEST_AHEAD_DAYS = 3;

export async function customSuggestions(
  userId: string,
  courseSlug?: string,
  now = new Date(),
): Promise<Suggestions> {
  const { day } = await dayOf(userId, now);
  const course = courseSlug ? { slug: courseSlug } : {};
  const unmet = { reviewItems: { none: { userId } } };
  const [failedToday, dueAhead, lesson] = await Promise.all([
    db.reviewItem.count({ where: failedWhere(userId, day, now) }),
    db.reviewItem.count({ where: aheadWhere(userId, SUGGEST_AHEAD_DAYS, day, now) }),
    db.lesson.findFirst({
      where: {
        ...published,
        course: { ...published, ...course },
        OR: [
          { flashcards: { some: { ...published, ...unmet } } },
          { questions: { some: { ...published, ...unmet } } },
        ],
      },
      orderBy: [{ course: { position: "asc" } }, { position: "asc" }, { id: "asc" }],
      select: { title: true, slug: true, course: { select: { slug: true, title: true } } },
    }),
  ]);
  return {
    failedToday,
    aheadDays: SUGGEST_AHEAD_DAYS,
    dueAhead,
    nextLesson: lesson
      ? {
          title: lesson.title,
          courseTitle: lesson.course.title,
          href: `/courses/${lesson.course.slug}/lessons/${lesson.slug}`,
        }
      : null,
  };
}

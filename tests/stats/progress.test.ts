import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { seedContent } from "../../lib/seed/seed";
import { getCourseProgress } from "../../lib/stats/course-progress";
import { testPrisma } from "../helpers/db";
import { writeFixture } from "../helpers/fixture-content";
import { makeItem, makeLearner, rate } from "./history";

const prisma = await testPrisma();
// 08:00 EDT on 2025-06-15: study day "2025-06-15" began at 04:00 EDT = 08:00 UTC.
const NOW = new Date("2025-06-15T12:00:00Z");
const NY = { timeZone: "America/New_York", dayStartHour: 4 };
let lessonId = "";
let otherLessonId = "";

beforeAll(async () => {
  await seedContent(prisma, await loadContent(writeFixture().root));
  lessonId = (await prisma.lesson.findUniqueOrThrow({ where: { slug: "fixture-lesson" } })).id;
  const other = await prisma.course.create({ data: { slug: "other-course", title: "Other" } });
  otherLessonId = (
    await prisma.lesson.create({
      data: { slug: "other-lesson", courseId: other.id, title: "Other lesson", body: "x" },
    })
  ).id;
});

const progressOf = async (user: Awaited<ReturnType<typeof makeLearner>>) =>
  (await getCourseProgress(user, "fixture-course", NOW))!;

describe("due counts and forecast", () => {
  it("folds overdue into today, splits days at the learner's day start and skips what isn't due", async () => {
    const me = await makeLearner(prisma, NY);
    const due = (
      iso: string,
      extra: { state?: number; cardExtra?: { status?: string; archivedAt?: Date } } = {},
    ) => makeItem(prisma, me.id, lessonId, { due: new Date(iso), ...extra });
    await due("2025-06-01T00:00:00Z"); // two weeks overdue → today
    await due("2025-06-16T07:59:00Z"); // 03:59 EDT on the 16th → still today
    await due("2025-06-16T08:00:00Z"); // 04:00 EDT on the 16th → tomorrow
    await due("2025-06-17T03:00:00Z"); // 23:00 EDT on the 16th → tomorrow
    await due("2025-06-20T12:00:00Z"); // day 5
    await due("2025-07-14T12:00:00Z"); // day 29, the last forecast day
    await due("2025-07-15T12:00:00Z"); // beyond 30 days
    await due("2025-06-10T00:00:00Z", { state: 0 }); // a new card is not "due"
    await due("2025-06-10T00:00:00Z", { cardExtra: { archivedAt: new Date() } }); // archived card
    await due("2025-06-10T00:00:00Z", { cardExtra: { status: "draft" } }); // unpublished card
    await makeItem(prisma, me.id, otherLessonId, { due: new Date("2025-06-10T00:00:00Z") }); // other course
    const someoneElse = await makeLearner(prisma, NY);
    await makeItem(prisma, someoneElse.id, lessonId, { due: new Date("2025-06-10T00:00:00Z") });

    const p = await progressOf(me);
    expect(p.today).toBe("2025-06-15");
    expect([p.dueToday, p.dueTomorrow]).toEqual([2, 2]);
    expect(p.forecast).toHaveLength(30);
    expect(p.forecast[0]).toEqual({ day: "2025-06-15", count: 2 });
    expect(p.forecast[5]).toEqual({ day: "2025-06-20", count: 1 });
    expect(p.forecast[29]).toEqual({ day: "2025-07-14", count: 1 });
    expect(p.forecast.reduce((sum, d) => sum + d.count, 0)).toBe(6);
  });
});

describe("review heatmap and reviews per day", () => {
  it("buckets reviews into the learner's study days and counts only their own review-session ratings", async () => {
    const me = await makeLearner(prisma, NY);
    const item = await makeItem(prisma, me.id, lessonId, { due: new Date("2025-07-01T00:00:00Z") });
    await rate(prisma, me.id, item.id, [
      { at: new Date("2025-06-14T06:30:00Z") }, // 02:30 EDT on the 14th → the 13th
      { at: new Date("2025-06-14T08:00:00Z") }, // 04:00 EDT → the 14th
      { at: new Date("2025-06-14T08:00:30Z") },
      { at: new Date("2025-06-15T09:00:00Z") }, // today
      { at: new Date("2025-06-15T09:01:00Z"), source: "quiz" }, // a quiz answer's rating, not a review
      { at: new Date("2024-06-15T12:00:00Z") }, // 366 days ago: outside the year
      { at: new Date("2024-06-16T12:00:00Z") }, // 364 days ago: the first heatmap day
    ]);
    const other = await makeItem(prisma, me.id, otherLessonId, { due: NOW });
    await rate(prisma, me.id, other.id, [{ at: new Date("2025-06-15T09:00:00Z") }]);
    const someoneElse = await makeLearner(prisma, NY);
    const theirs = await makeItem(prisma, someoneElse.id, lessonId, { due: NOW });
    await rate(prisma, someoneElse.id, theirs.id, [{ at: new Date("2025-06-15T09:00:00Z") }]);

    const p = await progressOf(me);
    expect(p.heatmap).toHaveLength(365);
    expect(p.heatmap[0]).toEqual({ day: "2024-06-16", count: 1 });
    expect(p.heatmap.slice(-3)).toEqual([
      { day: "2025-06-13", count: 1 },
      { day: "2025-06-14", count: 2 },
      { day: "2025-06-15", count: 1 },
    ]);
    expect(p.heatmap.reduce((sum, d) => sum + d.count, 0)).toBe(5);
    expect(p.reviewsPerDay).toHaveLength(30);
    expect(p.reviewsPerDay.at(-1)).toEqual({ day: "2025-06-15", count: 1 });
  });

  it("splits days at the minute in a zone with a 45-minute offset", async () => {
    const me = await makeLearner(prisma, { timeZone: "Asia/Kathmandu", dayStartHour: 4 });
    const item = await makeItem(prisma, me.id, lessonId, { due: new Date("2025-07-01T00:00:00Z") });
    // Kathmandu is UTC+05:45: the 15th starts at 04:00 local = 22:15 UTC on the 14th.
    await rate(prisma, me.id, item.id, [
      { at: new Date("2025-06-14T22:14:00Z") },
      { at: new Date("2025-06-14T22:15:00Z") },
      { at: new Date("2025-06-14T22:59:00Z") },
    ]);
    const p = await progressOf(me);
    expect(p.heatmap.slice(-2)).toEqual([
      { day: "2025-06-14", count: 1 },
      { day: "2025-06-15", count: 2 },
    ]);
  });
});

describe("true retention", () => {
  it("is the share of review-state ratings that were not Again, over the last 30 days", async () => {
    const me = await makeLearner(prisma, NY);
    const item = await makeItem(prisma, me.id, lessonId, { due: NOW });
    const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
    await rate(prisma, me.id, item.id, [
      ...[1, 1, 1].map((rating, i) => ({ at: day(i + 1), rating })), // 3 lapses
      ...[2, 3, 3, 4, 3, 3, 2, 3, 4].map((rating, i) => ({ at: day(i + 1), rating })), // 9 passes
      { at: day(2), rating: 1, stateBefore: 1 }, // learning: excluded
      { at: day(2), rating: 1, stateBefore: 3 }, // relearning: excluded
      { at: day(2), rating: 1, stateBefore: 0 }, // new: excluded
      { at: day(3), rating: 1, source: "quiz" }, // from a quiz: excluded
      { at: day(40), rating: 1 }, // older than 30 days: excluded
    ]);
    const p = await progressOf(me);
    expect(p.retention).toEqual({ total: 12, passed: 9, rate: 0.75 });
  });

  it("gives no rate below the threshold, but still the count", async () => {
    const me = await makeLearner(prisma);
    const item = await makeItem(prisma, me.id, lessonId, { due: NOW });
    await rate(prisma, me.id, item.id, [
      { at: new Date("2025-06-14T12:00:00Z"), rating: 1 },
      { at: new Date("2025-06-14T12:00:00Z"), rating: 3 },
    ]);
    expect((await progressOf(me)).retention).toEqual({ total: 2, passed: 1, rate: null });
  });
});

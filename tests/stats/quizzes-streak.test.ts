import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { seedContent } from "../../lib/seed/seed";
import { getCourseProgress } from "../../lib/stats/course-progress";
import { listCourseSummaries } from "../../lib/stats/overview";
import { testPrisma } from "../helpers/db";
import { writeFixture } from "../helpers/fixture-content";
import { finishQuiz, makeItem, makeLearner, rate } from "./history";

const prisma = await testPrisma();
const NOW = new Date("2025-06-15T12:00:00Z"); // 08:00 EDT
const NY = { timeZone: "America/New_York", dayStartHour: 4 };
const at = (iso: string) => new Date(iso);
let lessonId = "";

beforeAll(async () => {
  await seedContent(prisma, await loadContent(writeFixture().root));
  lessonId = (await prisma.lesson.findUniqueOrThrow({ where: { slug: "fixture-lesson" } })).id;
});

describe("quiz score history", () => {
  it("lists the learner's finished attempts in this course, oldest first, with their score in percent", async () => {
    const me = await makeLearner(prisma, NY);
    await finishQuiz(prisma, me.id, "fixture-course", {
      at: at("2025-06-10T12:00:00Z"),
      score: 7,
      total: 9,
      lessonSlug: "fixture-lesson",
    });
    await finishQuiz(prisma, me.id, "fixture-course", {
      at: at("2025-06-01T12:00:00Z"),
      score: 1,
      total: 2,
    });
    await finishQuiz(prisma, me.id, "fixture-course", {
      at: at("2025-06-14T06:30:00Z"),
      score: 2,
      total: 2,
    }); // 02:30 EDT → the 13th
    await finishQuiz(prisma, me.id, "fixture-course", {
      at: at("2025-06-12T12:00:00Z"),
      score: 0,
      total: 5,
      finished: false,
    });
    await finishQuiz(prisma, me.id, "other-course", {
      at: at("2025-06-11T12:00:00Z"),
      score: 3,
      total: 3,
    });
    const someoneElse = await makeLearner(prisma, NY);
    await finishQuiz(prisma, someoneElse.id, "fixture-course", {
      at: at("2025-06-11T12:00:00Z"),
      score: 3,
      total: 3,
    });

    const { quizzes } = (await getCourseProgress(me, "fixture-course", NOW))!;
    expect(quizzes.map((q) => [q.day, q.percent, q.score, q.total, q.lessonTitle])).toEqual([
      ["2025-06-01", 50, 1, 2, null],
      ["2025-06-10", 78, 7, 9, "Fixture Lesson"],
      ["2025-06-13", 100, 2, 2, null],
    ]);
  });
});

describe("streak", () => {
  it("counts days with a review or a quiz answer; a gap breaks it; today not studied yet doesn't", async () => {
    const me = await makeLearner(prisma, NY);
    const item = await makeItem(prisma, me.id, lessonId, { due: NOW });
    // Reviews on the 14th and 12th, a quiz answer on the 13th (at 02:30 EDT on the 14th), a gap on the 11th.
    await rate(prisma, me.id, item.id, [
      { at: at("2025-06-14T20:00:00Z") },
      { at: at("2025-06-12T20:00:00Z") },
      { at: at("2025-06-10T20:00:00Z") },
    ]);
    await finishQuiz(prisma, me.id, "fixture-course", {
      at: at("2025-06-14T06:30:00Z"),
      score: 1,
      total: 1,
      questionId: "fx-q01",
    });
    expect((await getCourseProgress(me, "fixture-course", NOW))!.streak).toEqual({
      days: 3,
      studiedToday: false,
      atLeast: false,
    });

    await rate(prisma, me.id, item.id, [{ at: at("2025-06-15T09:00:00Z") }]);
    expect((await getCourseProgress(me, "fixture-course", NOW))!.streak).toEqual({
      days: 4,
      studiedToday: true,
      atLeast: false,
    });
    // Nothing studied on the 16th: by the 17th the streak is gone.
    expect(
      (await getCourseProgress(me, "fixture-course", at("2025-06-17T12:00:00Z")))!.streak.days,
    ).toBe(0);
  });

  it("is zero for another learner", async () => {
    const someoneElse = await makeLearner(prisma, NY);
    expect((await getCourseProgress(someoneElse, "fixture-course", NOW))!.streak.days).toBe(0);
  });
});

describe("course picker summary and unknown courses", () => {
  it("gives each live course the learner's due-today count and reviews of the last 30 days", async () => {
    const me = await makeLearner(prisma);
    const item = await makeItem(prisma, me.id, lessonId, { due: at("2025-06-01T00:00:00Z") });
    await makeItem(prisma, me.id, lessonId, { due: at("2025-06-20T00:00:00Z") });
    await rate(prisma, me.id, item.id, [
      { at: at("2025-06-14T12:00:00Z") },
      { at: at("2025-06-13T12:00:00Z") },
      { at: at("2025-04-01T12:00:00Z") },
    ]);
    const summaries = await listCourseSummaries(me, NOW);
    expect(summaries).toContainEqual({
      slug: "fixture-course",
      title: "Fixture Course",
      dueToday: 1,
      recentReviews: 2,
    });
  });

  it("returns null for a course that doesn't exist or isn't published", async () => {
    const me = await makeLearner(prisma);
    await prisma.course.create({ data: { slug: "draft-course", title: "Draft", status: "draft" } });
    expect(await getCourseProgress(me, "no-such-course", NOW)).toBeNull();
    expect(await getCourseProgress(me, "draft-course", NOW)).toBeNull();
    expect(await getCourseProgress(me, "../etc", NOW)).toBeNull();
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { seedContent } from "../../lib/seed/seed";
import { getCourseProgress } from "../../lib/stats/course-progress";
import { quizLabel } from "../../lib/stats/quiz-history";
import { retryMissed } from "../../lib/study/start";
import { testPrisma } from "../helpers/db";
import { writeFixture } from "../helpers/fixture-content";
import { makeLearner } from "./history";

const prisma = await testPrisma();
const NOW = new Date("2025-06-15T12:00:00Z");
const UTC = { timeZone: "UTC", dayStartHour: 0 };

beforeAll(async () => {
  await seedContent(prisma, await loadContent(writeFixture().root));
});

describe("quiz history: a retry of the missed questions", () => {
  it("is marked as a retry, labelled so, and kept out of the score trend", async () => {
    const me = await makeLearner(prisma, UTC);
    // A full lesson quiz of 2 with one miss, finished yesterday.
    const full = await prisma.quizAttempt.create({
      data: {
        userId: me.id,
        courseSlug: "fixture-course",
        lessonSlug: "fixture-lesson",
        startedAt: new Date("2025-06-14T10:00:00Z"),
        finishedAt: new Date("2025-06-14T10:05:00Z"),
        score: 1,
        total: 2,
        answers: {
          create: [
            { questionId: "fx-q01", response: "wrong", correct: false, timeMs: 900 },
            { questionId: "fx-q02", response: "right", correct: true, timeMs: 900 },
          ],
        },
      },
    });
    // The retry, started the way the results page starts it, then answered right.
    const retry = await retryMissed(me, { attemptId: full.id });
    if (!retry.ok) throw new Error(retry.error);
    await prisma.quizAttempt.update({
      where: { id: retry.attemptId },
      data: { finishedAt: new Date("2025-06-14T10:07:00Z"), score: 1 },
    });

    const { quizzes } = (await getCourseProgress(me, "fixture-course", NOW))!;
    expect(quizzes.map((q) => [q.score, q.total, q.retry])).toEqual([
      [1, 2, false],
      [1, 1, true],
    ]);
    expect(quizzes.map(quizLabel)).toEqual([
      "Fixture Lesson",
      "Fixture Lesson · retry of missed questions",
    ]);
    const stored = await prisma.quizAttempt.findUniqueOrThrow({ where: { id: retry.attemptId } });
    expect(stored.retryOfId).toBe(full.id);
  });

  it("a practice retry says both", () => {
    expect(quizLabel({ lessonTitle: null, practice: true, retry: true })).toBe(
      "Whole course · retry of missed questions (practice)",
    );
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { submitAnswer } from "../../lib/study/answer";
import { startQuiz } from "../../lib/study/start";
import { testPrisma } from "../helpers/db";
import { makeLearner, rightOption, seedStudyCourse, wrongOption } from "./helpers";

const prisma = await testPrisma();
const where = { courseSlug: "fixture-course", lessonSlug: "fixture-lesson" };

async function answerTwo(practice: boolean) {
  const user = await makeLearner(prisma);
  const started = await startQuiz(user, { ...where, practice });
  if (!started.ok) throw new Error(started.error);
  const attemptId = started.attemptId;
  await submitAnswer(user, {
    attemptId,
    questionId: "fx-q01",
    optionId: (await wrongOption(prisma, "fx-q01")).id,
    timeMs: 1200,
  });
  await submitAnswer(user, {
    attemptId,
    questionId: "fx-q02",
    optionId: (await rightOption(prisma, "fx-q02")).id,
    timeMs: 900,
  });
  return user;
}

describe("quiz answers feed the review schedule", () => {
  beforeAll(() => seedStudyCourse(prisma));

  it("makes each answered question a review item: wrong → Again (1), right → Good (3)", async () => {
    const user = await answerTwo(false);
    const items = await prisma.reviewItem.findMany({
      where: { userId: user.id },
      include: { logs: true },
      orderBy: { questionId: "asc" },
    });
    expect(items.map((i) => i.questionId)).toEqual(["fx-q01", "fx-q02"]);
    expect(items[0]!.logs).toMatchObject([{ rating: 1, source: "quiz", durationMs: 1200 }]);
    expect(items[1]!.logs).toMatchObject([{ rating: 3, source: "quiz", durationMs: 900 }]);
    expect(items[0]!.reps).toBe(1);
    expect(items[1]!.due.getTime()).toBeGreaterThan(items[0]!.due.getTime());
  });

  it("leaves the schedule alone in a practice run, but still stores the answers", async () => {
    const user = await answerTwo(true);
    expect(await prisma.reviewItem.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.quizAnswer.count({ where: { attempt: { userId: user.id } } })).toBe(2);
  });
});

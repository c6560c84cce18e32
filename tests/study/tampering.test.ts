import { beforeAll, describe, expect, it } from "vitest";
import { submitAnswer } from "../../lib/study/answer";
import { retryMissed, startQuiz } from "../../lib/study/start";
import { getAttempt } from "../../lib/study/attempt";
import { testPrisma } from "../helpers/db";
import { makeLearner, rightOption, seedStudyCourse } from "./helpers";

const prisma = await testPrisma();
const where = { courseSlug: "fixture-course", lessonSlug: "fixture-lesson" };
const counts = async () => ({
  answers: await prisma.quizAnswer.count(),
  items: await prisma.reviewItem.count(),
  logs: await prisma.reviewLog.count(),
});

describe("answers the server refuses", () => {
  beforeAll(() => seedStudyCourse(prisma));

  async function lessonAttempt() {
    const user = await makeLearner(prisma);
    const started = await startQuiz(user, where);
    if (!started.ok) throw new Error(started.error);
    return { user, attemptId: started.attemptId };
  }

  it("refuses a question that is not in the attempt, writing nothing", async () => {
    const user = await makeLearner(prisma);
    const started = await startQuiz(user, { courseSlug: "fixture-course", count: 1 });
    if (!started.ok) throw new Error(started.error);
    const attempt = await prisma.quizAttempt.findUniqueOrThrow({
      where: { id: started.attemptId },
    });
    const other = ["fx-q01", "fx-q02"].find((id) => !attempt.plan.includes(id))!;
    const before = await counts();
    const result = await submitAnswer(user, {
      attemptId: started.attemptId,
      questionId: other,
      optionId: (await rightOption(prisma, other)).id,
      timeMs: 5,
    });
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(await counts()).toEqual(before);
  });

  it("refuses a second answer to the same question, also when sent at the same time", async () => {
    const { user, attemptId } = await lessonAttempt();
    const right = (await rightOption(prisma, "fx-q02")).id;
    const answer = { attemptId, questionId: "fx-q02", optionId: right, timeMs: 5 };
    const results = await Promise.all([submitAnswer(user, answer), submitAnswer(user, answer)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, status: 409 });
    const before = await counts();
    expect(await submitAnswer(user, answer)).toMatchObject({ ok: false, status: 409 });
    expect(await counts()).toEqual(before);
    expect(await prisma.quizAnswer.count({ where: { attemptId } })).toBe(1);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses someone else's attempt, an option that was not offered, and a typed answer to a choice question", async () => {
    const { user, attemptId } = await lessonAttempt();
    const intruder = await makeLearner(prisma);
    const right = (await rightOption(prisma, "fx-q01")).id;
    const before = await counts();
    expect(
      await submitAnswer(intruder, { attemptId, questionId: "fx-q01", optionId: right, timeMs: 5 }),
    ).toMatchObject({ ok: false, status: 404 });
    expect(await getAttempt(intruder, attemptId, where)).toBeNull();
    expect(await retryMissed(intruder, { attemptId })).toMatchObject({ ok: false, status: 404 });
    expect(
      await submitAnswer(user, { attemptId, questionId: "fx-q02", optionId: right, timeMs: 5 }),
    ).toMatchObject({ ok: false, status: 400 });
    expect(
      await submitAnswer(user, { attemptId, questionId: "fx-q02", response: "False", timeMs: 5 }),
    ).toMatchObject({ ok: false, status: 400 });
    expect(await submitAnswer(user, { attemptId, questionId: "fx-q01", timeMs: 5 })).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(
      await submitAnswer(user, { attemptId, questionId: "fx-q01", optionId: right, timeMs: -1 }),
    ).toMatchObject({ ok: false, status: 400 });
    expect(await counts()).toEqual(before);
  });
});

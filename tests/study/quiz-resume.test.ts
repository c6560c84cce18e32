import { beforeAll, describe, expect, it, vi } from "vitest";
import { submitAnswer } from "../../lib/study/answer";
import { openAttempt } from "../../lib/study/quiz-info";
import { startQuiz } from "../../lib/study/start";
import { planSchema } from "../../lib/study/plan";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";
import { makeLearner, rightOption, seedStudyCourse } from "./helpers";

// redirect() throws; an action that reaches it has started the quiz.
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { to });
  },
}));
const { startQuizAction } = await import("../../app/(learn)/courses/[courseSlug]/quiz/actions");

const prisma = await testPrisma();
const where = { courseSlug: "fixture-course", lessonSlug: "fixture-lesson" };

describe("quiz length and resuming an abandoned attempt", () => {
  beforeAll(() => seedStudyCourse(prisma));

  it("offers the newest unfinished attempt with how far it got, and nothing once it is finished", async () => {
    const user = await makeLearner(prisma);
    expect(await openAttempt(user, where.courseSlug, where.lessonSlug)).toBeNull();
    const started = await startQuiz(user, { ...where, count: 3 });
    if (!started.ok) throw new Error(started.error);
    const plan = planSchema.parse(
      JSON.parse(
        (await prisma.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } })).plan,
      ),
    );
    const answer = async (i: number) => {
      const q = plan[i]!;
      const option = q.optionIds.length ? (await rightOption(prisma, q.questionId)).id : undefined;
      const r = await submitAnswer(user, {
        attemptId: started.attemptId,
        questionId: q.questionId,
        ...(option ? { optionId: option } : { response: "accept" }),
        timeMs: 100,
      });
      expect(r.ok).toBe(true);
    };
    await answer(0);
    await answer(1);
    expect(await openAttempt(user, where.courseSlug, where.lessonSlug)).toMatchObject({
      id: started.attemptId,
      answered: 2,
      total: 3,
      retry: false,
    });
    // Another quiz's attempts (the course quiz) are not this one's.
    expect(await openAttempt(user, where.courseSlug)).toBeNull();
    await answer(2);
    expect(await openAttempt(user, where.courseSlug, where.lessonSlug)).toBeNull();
  });

  it("the start action takes a length and refuses a bad one by field, starting nothing", async () => {
    const user = await makeLearner(prisma);
    session.current = { user: { id: user.id, role: "LEARNER" } };
    const form = (count: string) => {
      const f = new FormData();
      f.set("courseSlug", where.courseSlug);
      f.set("lessonSlug", where.lessonSlug);
      f.set("count", count);
      return f;
    };
    const refused = await startQuizAction({ ok: false }, form("0"));
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors?.count?.[0]).toBeTruthy();
    expect(refused.values?.count).toBe("0");
    expect(await prisma.quizAttempt.count({ where: { userId: user.id } })).toBe(0);
    await expect(startQuizAction({ ok: false }, form("2"))).rejects.toMatchObject({
      to: expect.stringContaining("/courses/fixture-course/lessons/fixture-lesson/quiz/"),
    });
    const attempt = await prisma.quizAttempt.findFirstOrThrow({ where: { userId: user.id } });
    expect(attempt.total).toBe(2);
    session.current = null;
  });
});

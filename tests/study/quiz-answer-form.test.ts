/** The quiz player's answer as a form action (decision 0014): FormData in, FormState with the grading out. */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { startQuiz } from "../../lib/study/start";
import { planSchema } from "../../lib/study/plan";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";
import { makeLearner, rightOption, seedStudyCourse, wrongOption } from "./helpers";

vi.mock("next/navigation", () => ({ redirect: vi.fn() }));
const { submitAnswerAction } = await import("../../app/(learn)/courses/[courseSlug]/quiz/actions");

const prisma = await testPrisma();
const where = { courseSlug: "fixture-course", lessonSlug: "fixture-lesson" };

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("submitAnswerAction", () => {
  beforeAll(() => seedStudyCourse(prisma));

  it("grades the form's choice for its question, refuses an empty answer by message, and answers once", async () => {
    const user = await makeLearner(prisma);
    session.current = { user: { id: user.id, role: "LEARNER" } };
    const started = await startQuiz(user, { ...where, count: 2 });
    if (!started.ok) throw new Error(started.error);
    const plan = planSchema.parse(
      JSON.parse(
        (await prisma.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } })).plan,
      ),
    );
    const q = plan.find((p) => p.optionIds.length > 0)!;
    const base = { attemptId: started.attemptId, questionId: q.questionId, timeMs: "1200" };

    const empty = await submitAnswerAction({ ok: false }, form(base));
    expect(empty).toMatchObject({
      ok: false,
      questionId: q.questionId,
      message: "Choose an option or type an answer.",
    });
    expect(await prisma.quizAnswer.count({ where: { attemptId: started.attemptId } })).toBe(0);

    const wrong = (await wrongOption(prisma, q.questionId)).id;
    const graded = await submitAnswerAction({ ok: false }, form({ ...base, choice: wrong }));
    expect(graded).toMatchObject({
      ok: true,
      questionId: q.questionId,
      feedback: { correct: false, finished: false },
    });
    expect(graded.feedback?.correctAnswerHtml).toBeTruthy();

    // A second submit of the same question (a double Enter that got through) changes nothing.
    const right = (await rightOption(prisma, q.questionId)).id;
    const again = await submitAnswerAction({ ok: false }, form({ ...base, choice: right }));
    expect(again.ok).toBe(false);
    const answers = await prisma.quizAnswer.findMany({ where: { attemptId: started.attemptId } });
    expect(answers).toMatchObject([{ questionId: q.questionId, optionId: wrong, timeMs: 1200 }]);
    session.current = null;
  });

  it("asks a signed-out learner to sign in again, writing nothing", async () => {
    session.current = null;
    const result = await submitAnswerAction(
      { ok: false },
      form({ attemptId: "a", questionId: "q", choice: "o", timeMs: "1" }),
    );
    expect(result).toEqual({
      ok: false,
      questionId: "q",
      message: "Sign in again to keep answering.",
    });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { submitAnswer } from "../../lib/study/answer";
import { getAttempt } from "../../lib/study/attempt";
import { planSchema } from "../../lib/study/plan";
import { retryMissed, startQuiz } from "../../lib/study/start";
import { testPrisma } from "../helpers/db";
import { makeLearner, rightOption, seedStudyCourse, wrongOption } from "./helpers";

const prisma = await testPrisma();
const where = { courseSlug: "fixture-course", lessonSlug: "fixture-lesson" };
const planOf = async (attemptId: string) =>
  planSchema.parse(
    JSON.parse((await prisma.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).plan),
  );

async function start(practice = false) {
  const user = await makeLearner(prisma);
  const started = await startQuiz(user, { ...where, practice });
  if (!started.ok) throw new Error(started.error);
  return { user, attemptId: started.attemptId };
}

describe("quiz grading and storage", () => {
  beforeAll(() => seedStudyCourse(prisma));

  it("stores the plan with shuffled option ids and distractors from sibling answers", async () => {
    const { attemptId } = await start();
    const plan = await planOf(attemptId);
    expect(plan.map((p) => p.questionId).sort()).toEqual([
      "fx-q01",
      "fx-q02",
      "fx-q03",
      "fx-q04",
      "fx-q05",
      "fx-q06",
    ]);
    const bind = plan.find((p) => p.questionId === "fx-q04")!;
    const shown = await prisma.questionOption.findMany({ where: { id: { in: bind.optionIds } } });
    expect(shown).toHaveLength(bind.optionIds.length);
    // Its two options plus the correct answers of the lesson's other multiple-choice questions.
    expect(shown.map((o) => o.text).sort()).toEqual([
      "`accept()`",
      "`bind()`",
      "`close()`",
      "`connect()`",
    ]);
    expect(plan.find((p) => p.questionId === "fx-q03")!.optionIds).toEqual([]);
  });

  it("grades on the server, stores every answer and finishes with score and time", async () => {
    const { user, attemptId } = await start();
    const wrong = await wrongOption(prisma, "fx-q01");
    const r1 = await submitAnswer(user, {
      attemptId,
      questionId: "fx-q01",
      optionId: wrong.id,
      timeMs: 1500,
    });
    expect(r1).toMatchObject({ ok: true, correct: false, finished: false });
    if (r1.ok) expect(r1.correctAnswerHtml).toContain("accept()");
    if (r1.ok)
      expect(r1.sectionHref).toBe("/courses/fixture-course/lessons/fixture-lesson#server-calls");
    const r2 = await submitAnswer(user, {
      attemptId,
      questionId: "fx-q02",
      optionId: (await rightOption(prisma, "fx-q02")).id,
      timeMs: 800,
    });
    expect(r2).toMatchObject({ ok: true, correct: true });
    expect(
      await submitAnswer(user, {
        attemptId,
        questionId: "fx-q03",
        response: "  S.Accept() ",
        timeMs: 2000,
      }),
    ).toMatchObject({ ok: true, correct: true });
    expect(
      await submitAnswer(user, {
        attemptId,
        questionId: "fx-q04",
        optionId: (await rightOption(prisma, "fx-q04")).id,
        timeMs: 900,
      }),
    ).toMatchObject({ ok: true, correct: true });
    // An output question also accepts its example's expected output, typed.
    const output = await submitAnswer(user, {
      attemptId,
      questionId: "fx-q06",
      response: " HI ",
      timeMs: 600,
    });
    expect(output).toMatchObject({ ok: true, correct: true, finished: false });
    // Its feedback carries the example, so the learner sees the real program next to the answer.
    if (output.ok) expect(output.examples.map((e) => e.id)).toEqual(["fx-echo"]);
    // Any question that names an example gets its panel, not only output questions.
    if (r1.ok) expect(r1.examples.map((e) => e.id)).toEqual(["fx-echo"]);
    if (r2.ok) expect(r2.examples).toEqual([]);
    // A filled-in distractor is another question's correct option: wrong here.
    const own = (await prisma.questionOption.findMany({ where: { questionId: "fx-q05" } })).map(
      (o) => o.id,
    );
    const decoy = (await planOf(attemptId))
      .find((p) => p.questionId === "fx-q05")!
      .optionIds.find((id) => !own.includes(id))!;
    expect(
      await submitAnswer(user, { attemptId, questionId: "fx-q05", optionId: decoy, timeMs: 700 }),
    ).toMatchObject({ ok: true, correct: false, finished: true });

    const attempt = await prisma.quizAttempt.findUniqueOrThrow({
      where: { id: attemptId },
      include: { answers: true },
    });
    expect(attempt.answers).toHaveLength(6);
    expect(attempt).toMatchObject({ score: 4, total: 6 });
    expect(attempt.finishedAt!.getTime()).toBeGreaterThanOrEqual(attempt.startedAt.getTime());
    const typed = attempt.answers.find((a) => a.questionId === "fx-q03")!;
    expect(typed).toMatchObject({
      response: "  S.Accept() ",
      optionId: null,
      correct: true,
      timeMs: 2000,
    });
    expect(attempt.answers.find((a) => a.questionId === "fx-q01")).toMatchObject({
      optionId: wrong.id,
      response: wrong.text,
      correct: false,
      timeMs: 1500,
    });

    const view = await getAttempt(user, attemptId, where);
    expect(view!.missed.map((m) => m.id).sort()).toEqual(["fx-q01", "fx-q05"]);
    expect(view!.missed.find((m) => m.id === "fx-q01")).toMatchObject({
      response: wrong.text,
      correctAnswerHtml: expect.stringContaining("<code>accept()</code>"),
    });
    expect(view!.missed.find((m) => m.id === "fx-q01")!.responseHtml).toContain("<code>");
    const retry = await retryMissed(user, { attemptId });
    expect(retry.ok).toBe(true);
    if (retry.ok)
      expect((await planOf(retry.attemptId)).map((p) => p.questionId).sort()).toEqual([
        "fx-q01",
        "fx-q05",
      ]);
  });

  it("ignores a client's claim of correctness", async () => {
    const { user, attemptId } = await start();
    const wrong = await wrongOption(prisma, "fx-q01");
    const claim = {
      attemptId,
      questionId: "fx-q01",
      optionId: wrong.id,
      timeMs: 10,
      correct: true,
    } as Parameters<typeof submitAnswer>[1];
    expect(await submitAnswer(user, claim)).toMatchObject({ ok: true, correct: false });
  });

  it("draws the asked number of questions from the whole course", async () => {
    const user = await makeLearner(prisma);
    const started = await startQuiz(user, { courseSlug: "fixture-course", count: 2 });
    expect(started.ok).toBe(true);
    if (started.ok) expect(await planOf(started.attemptId)).toHaveLength(2);
    expect(await startQuiz(user, { courseSlug: "no-such-course" })).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});

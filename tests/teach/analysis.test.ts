/**
 * Item analysis on constructed quiz answers and review logs: attempts, % correct, median time,
 * option pick rates (by option id and by typed response), the confusing and too-easy flags,
 * card lapses / difficulty / retention, and another course's data left out.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { questionFlags } from "../../lib/analysis/flags";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";

const { courseAnalysis } = await import("../../lib/analysis/index");

const prisma = await testPrisma();
type Analysis = NonNullable<Awaited<ReturnType<typeof courseAnalysis>>>;

async function course(slug: string) {
  const c = await prisma.course.create({ data: { slug, title: slug } });
  return prisma.lesson.create({
    data: { slug: `${slug}-lesson`, title: "Lesson", body: "", courseId: c.id },
  });
}

async function question(
  lessonId: string,
  id: string,
  type: string,
  options: Array<[string, boolean]>,
) {
  return prisma.question.create({
    data: {
      id,
      lessonId,
      type,
      prompt: `${id}?`,
      options: {
        create: options.map(([text, correct], position) => ({ text, correct, position })),
      },
    },
    include: { options: { orderBy: { position: "asc" } } },
  });
}

let learners: string[] = [];
/** One answer per attempt (the schema allows one answer per question per attempt). */
async function answer(
  questionId: string,
  optionId: string | null,
  response: string,
  correct: boolean,
  timeMs: number,
  userIndex = 0,
) {
  const attempt = await prisma.quizAttempt.create({
    data: { userId: learners[userIndex % learners.length]!, courseSlug: "x" },
  });
  await prisma.quizAnswer.create({
    data: { attemptId: attempt.id, questionId, optionId, response, correct, timeMs },
  });
}

async function reviewItem(
  flashcardId: string,
  userIndex: number,
  data: { reps: number; lapses: number; difficulty: number },
) {
  return prisma.reviewItem.create({
    data: {
      flashcardId,
      userId: learners[userIndex]!,
      due: new Date(),
      state: data.reps ? 2 : 0,
      ...data,
    },
  });
}

async function logs(reviewItemId: string, userIndex: number, ratings: number[], stateBefore = 2) {
  for (const rating of ratings) {
    await prisma.reviewLog.create({
      data: {
        reviewItemId,
        userId: learners[userIndex]!,
        rating,
        stateBefore,
        dueBefore: new Date(),
        elapsedDays: 1,
        scheduledDays: 2,
        previous: "{}",
      },
    });
  }
}

let result: Analysis;
beforeAll(async () => {
  learners = await Promise.all(
    [0, 1, 2].map((i) =>
      prisma.user
        .create({ data: { email: `l${i}@analysis.test`, passwordHash: "x" } })
        .then((u) => u.id),
    ),
  );
  const instructor = await prisma.user.create({
    data: { email: "t@analysis.test", role: "INSTRUCTOR", passwordHash: "x" },
  });
  const a = await course("course-a");
  const b = await course("course-b");
  const q1 = await question(a.id, "a-q1", "multiple_choice", [
    ["accept()", true],
    ["listen()", false],
    ["bind()", false],
  ]);
  // q1: the wrong "listen()" is picked 5 times, the right answer twice.
  const picks = [0, 0, 1, 1, 1, 1, 1, 2];
  for (const [i, p] of picks.entries())
    await answer(q1.id, q1.options[p]!.id, q1.options[p]!.text, p === 0, (i + 1) * 1000, i);
  const q2 = await question(a.id, "a-q2", "true_false", [
    ["True", true],
    ["False", false],
  ]);
  for (let i = 0; i < 20; i++)
    await answer(q2.id, q2.options[i === 0 ? 1 : 0]!.id, "x", i !== 0, 500, i);
  const q3 = await question(a.id, "a-q3", "typed", [["SOCK_STREAM", true]]);
  for (const [t, r] of [
    [100, "sock_stream"],
    [300, "SOCK_STREAM "],
    [200, "SOCK_DGRAM"],
  ] as const)
    await answer(q3.id, null, r, r.trim().toUpperCase() === "SOCK_STREAM", t);
  const qb = await question(b.id, "b-q1", "multiple_choice", [
    ["yes", true],
    ["no", false],
  ]);
  for (let i = 0; i < 5; i++) await answer(qb.id, qb.options[1]!.id, "no", false, 9000, i);
  await question(a.id, "a-q4", "multiple_choice", [
    ["one", true],
    ["two", false],
  ]);

  const c1 = await prisma.flashcard.create({
    data: { id: "a-c1", lessonId: a.id, front: "bind()", back: "address" },
  });
  const c2 = await prisma.flashcard.create({
    data: { id: "a-c2", lessonId: a.id, front: "listen()", back: "queue" },
  });
  const cb = await prisma.flashcard.create({
    data: { id: "b-c1", lessonId: b.id, front: "x", back: "y" },
  });
  const r1 = await reviewItem(c1.id, 0, { reps: 5, lapses: 1, difficulty: 4 });
  const r2 = await reviewItem(c1.id, 1, { reps: 3, lapses: 2, difficulty: 6 });
  await reviewItem(c1.id, 2, { reps: 0, lapses: 0, difficulty: 0 });
  await logs(r1.id, 0, [1, 3, 3]);
  await logs(r2.id, 1, [4]);
  await logs(r2.id, 1, [1, 1], 1); // learning-state ratings don't count toward retention
  const r3 = await reviewItem(c2.id, 0, { reps: 10, lapses: 5, difficulty: 8 });
  await logs(r3.id, 0, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
  const rb = await reviewItem(cb.id, 0, { reps: 4, lapses: 9, difficulty: 9 });
  await logs(rb.id, 0, [1, 1, 1]);

  session.current = { user: { id: instructor.id, role: "INSTRUCTOR" } };
  result = (await courseAnalysis("course-a"))!;
});

const q = (id: string) => result.questions.find((x) => x.id === id)!;
const c = (id: string) => result.flashcards.find((x) => x.id === id)!;

describe("item analysis", () => {
  it("counts attempts, % correct, median time, and option pick rates", () => {
    expect(q("a-q1")).toMatchObject({ attempts: 8, correctRate: 2 / 8, medianMs: 4500 });
    expect(q("a-q1").options.map((o) => [o.text, o.picks, o.rate])).toEqual([
      ["accept()", 2, 0.25],
      ["listen()", 5, 0.625],
      ["bind()", 1, 0.125],
    ]);
    expect(q("a-q3")).toMatchObject({ attempts: 3, medianMs: 200 });
    expect(q("a-q3").options[0]).toMatchObject({ picks: 2 });
    expect(q("a-q4")).toMatchObject({ attempts: 0, correctRate: null, medianMs: null, flags: [] });
  });

  it("flags a wrong option picked more than the right one, and questions nearly everyone gets right", () => {
    expect(q("a-q1").flags).toEqual(["confusing"]);
    expect(q("a-q2")).toMatchObject({ attempts: 20, correctRate: 0.95, flags: ["too easy"] });
    expect(q("a-q3").flags).toEqual([]);
    expect(
      questionFlags(
        { attempts: 19, correctRate: 1, options: [{ correct: true, picks: 19 }] },
        true,
      ),
    ).toEqual([]);
  });

  it("per card: lapses, average FSRS difficulty of reviewed items, retention in the review state", () => {
    expect(c("a-c1")).toMatchObject({
      learners: 2,
      lapses: 3,
      avgDifficulty: 5,
      reviews: 4,
      retention: 0.75,
      flags: [],
    });
    expect(c("a-c2")).toMatchObject({ reviews: 10, retention: 0.5, flags: ["often forgotten"] });
  });

  it("leaves another course's questions, cards and answers out", async () => {
    expect(result.questions.map((x) => x.id)).toEqual(["a-q1", "a-q2", "a-q3", "a-q4"]);
    expect(result.flashcards.map((x) => x.id)).toEqual(["a-c1", "a-c2"]);
    const other = (await courseAnalysis("course-b"))!;
    expect(other.questions[0]).toMatchObject({
      id: "b-q1",
      attempts: 5,
      correctRate: 0,
      medianMs: 9000,
      flags: ["confusing"],
    });
    expect(other.flashcards[0]).toMatchObject({ lapses: 9, reviews: 3, retention: 0 });
    expect(await courseAnalysis("no-such-course")).toBeNull();
  });
});

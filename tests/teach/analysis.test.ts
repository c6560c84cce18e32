/**
 * Item analysis on constructed quiz answers and review logs: attempts, % correct, median time,
 * option pick rates (by option id and by typed response), the confusing and too-easy flags,
 * card lapses / difficulty / retention, and another course's data left out.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  easiness,
  questionFlags,
  TOO_EASY_BOUND,
  TOO_EASY_MIN_ATTEMPTS,
} from "../../lib/analysis/flags";
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
  for (let i = 0; i < 30; i++)
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
  // One attempt, wrong: no evidence either way.
  const q5 = await question(a.id, "a-q5", "multiple_choice", [
    ["recv()", true],
    ["send()", false],
  ]);
  await answer(q5.id, q5.options[1]!.id, "send()", false, 800);
  // 40 attempts, 70 % picking one wrong option: a misleading prompt or a wrong key.
  const q6 = await question(a.id, "a-q6", "multiple_choice", [
    ["SOCK_STREAM", true],
    ["SOCK_DGRAM", false],
    ["AF_INET", false],
  ]);
  for (let i = 0; i < 40; i++) {
    const p = i < 28 ? 1 : i < 38 ? 0 : 2;
    await answer(q6.id, q6.options[p]!.id, q6.options[p]!.text, p === 0, 1000, i);
  }
  // 10 attempts, 6 wrong on one option, 4 right: more wrong than right, but not beyond chance.
  const q7 = await question(a.id, "a-q7", "multiple_choice", [
    ["listen()", true],
    ["accept()", false],
  ]);
  for (let i = 0; i < 10; i++)
    await answer(q7.id, q7.options[i < 6 ? 1 : 0]!.id, "x", i >= 6, 1000, i);

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

  it("flags confusing only when a wrong option beats the right one beyond chance (Wilson 95 %)", () => {
    // 1 attempt, wrong: not flagged; its correct rate is "0 %, somewhere in 0–79 %".
    expect(q("a-q5")).toMatchObject({ attempts: 1, correctRate: 0, flags: [] });
    expect(q("a-q5").correctInterval!.low).toBe(0);
    expect(q("a-q5").correctInterval!.high).toBeCloseTo(0.793, 3);
    // 8 attempts, 5 on one wrong option vs 2 right: still within chance.
    expect(q("a-q1").flags).toEqual([]);
    expect(q("a-q1").confusion!).toBeLessThan(0);
    // 10 attempts, 6 wrong vs 4 right: not flagged either.
    expect(q("a-q7").flags).toEqual([]);
    // 40 attempts, 70 % on one wrong option: flagged, and the most confusing of the course.
    expect(q("a-q6")).toMatchObject({ attempts: 40, correctRate: 0.25, flags: ["confusing"] });
    const top = q("a-q6").options[1]!;
    expect(top).toMatchObject({ picks: 28, rate: 0.7 });
    expect(top.interval!.low).toBeCloseTo(0.546, 2);
    expect(top.interval!.high).toBeCloseTo(0.819, 2);
    expect(q("a-q6").confusion!).toBeGreaterThan(0);
    const ranked = result.questions
      .filter((x) => x.confusion !== null)
      .sort((x, y) => y.confusion! - x.confusion!);
    expect(ranked[0]!.id).toBe("a-q6");
  });

  it("renders prompts and options as sanitized Markdown, not raw fences", async () => {
    const lesson = await prisma.lesson.findFirstOrThrow({ where: { slug: "course-a-lesson" } });
    await prisma.question.create({
      data: {
        id: "a-md",
        lessonId: lesson.id,
        type: "output",
        prompt: "What does it print?\n\n```python\nprint('hi')\n```\n\n<script>alert(1)</script>",
        options: { create: [{ text: "`hi`", correct: true, position: 0 }] },
      },
    });
    const md = (await courseAnalysis("course-a"))!.questions.find((x) => x.id === "a-md")!;
    expect(md.promptHtml).toContain("<pre");
    expect(md.promptHtml).not.toContain("```");
    expect(md.promptHtml).not.toContain("<script");
    expect(md.options[0]!.html).toContain("<code>hi</code>");
  });

  it("flags too easy only when the right-answer rate's lower 95 % bound is above 80 %", () => {
    // 29 of 30 right: the interval is 83–99 %.
    expect(q("a-q2")).toMatchObject({ attempts: 30, flags: ["too easy"] });
    expect(q("a-q2").correctInterval!.low).toBeGreaterThan(TOO_EASY_BOUND);
    expect(q("a-q3").flags).toEqual([]);
    const flags = (attempts: number, correct: number) =>
      questionFlags({ attempts, correctRate: correct / attempts, options: [] }, false);
    // 19 of 20 (95 %) was "too easy" under the old fixed rule; its interval reaches down to 76 %.
    expect(flags(20, 19)).toEqual([]);
    expect(easiness(20, 19)).toBeCloseTo(0.764, 3);
    // All right: 16 attempts are the fewest that can flag it, 15 are not enough, 3 of 3 never.
    expect(TOO_EASY_MIN_ATTEMPTS).toBe(16);
    expect(flags(16, 16)).toEqual(["too easy"]);
    expect(flags(15, 15)).toEqual([]);
    expect(flags(3, 3)).toEqual([]);
    // Many attempts with a few misses still flag it; 85 % of 200 does not (its bound is 79.4 %).
    expect(flags(200, 185)).toEqual(["too easy"]);
    expect(flags(200, 170)).toEqual([]);
    expect(easiness(0, 0)).toBeNull();
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
    expect(result.questions.map((x) => x.id)).toEqual([
      "a-q1",
      "a-q2",
      "a-q3",
      "a-q4",
      "a-q5",
      "a-q6",
      "a-q7",
    ]);
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

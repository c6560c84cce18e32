/**
 * Fitted FSRS parameters on a real SQLite file: fsrs-rs in its child process on a learner's logs,
 * too little and malformed data refused with a message (nothing written, parameters kept), an
 * abort in the child survived, the parameters scheduling the learner's next rating, course
 * parameters for a learner without their own, and the refit trigger.
 */
import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { applyRating } from "../../lib/srs/apply";
import { fitCourseParameters } from "../../lib/srs/optimizer/course";
import { fitLearnerParameters } from "../../lib/srs/optimizer/learner";
import { runFit } from "../../lib/srs/optimizer/run";
import { refitIfDue } from "../../lib/srs/optimizer/trigger";
import { algorithm } from "../../lib/srs/optimizer/simulate";
import { loadStudySettings } from "../../lib/srs/settings";
import { testPrisma } from "../helpers/db";
import { makeCourse, makeUser } from "./helpers";
import { seedReviewHistory } from "./optimizer-seed";

const prisma = await testPrisma();
const { flashcardIds } = await makeCourse(prisma, { lessons: 2, cards: 100 });
const weightsOf = async (userId: string) =>
  (await prisma.learnerParameters.findUnique({ where: { userId } }))?.weights ?? null;

describe("fitting a learner's parameters", () => {
  it("fits in a child process, stores 21 parameters with log loss and RMSE before and after, and schedules with them", async () => {
    const user = await makeUser(prisma);
    const { logCount } = await seedReviewHistory(prisma, user.id, flashcardIds, { reviews: 400 });
    const outcome = await fitLearnerParameters(prisma, user.id);
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    const row = await prisma.learnerParameters.findUniqueOrThrow({ where: { userId: user.id } });
    const weights = JSON.parse(row.weights!) as number[];
    expect(weights).toHaveLength(21);
    expect(weights).not.toEqual([...default_w]);
    expect(row).toMatchObject({ status: "idle", reviewCount: logCount });
    expect(row.logLossAfter!).toBeLessThanOrEqual(row.logLossBefore! + 1e-6);
    expect(row.rmseAfter).toBeGreaterThan(0);

    // The next rating of a new card takes its first stability from the fitted w[2] (Good), not the default.
    const settings = await loadStudySettings(prisma, user.id);
    expect((settings as { fsrsWeights?: string }).fsrsWeights).toBe(row.weights);
    const fresh = flashcardIds.at(-1)!;
    const rated = await applyRating(prisma, {
      userId: user.id,
      item: { flashcardId: fresh },
      rating: 3,
      durationMs: 1000,
      source: "review",
      fuzz: false,
    });
    const expected = algorithm(weights).init_stability(3);
    expect(rated.state.stability).toBeCloseTo(expected, 6);
    expect(rated.state.stability).not.toBeCloseTo(default_w[2]!, 3);
  });

  it("refuses too little data with a message and writes nothing", async () => {
    const user = await makeUser(prisma);
    await seedReviewHistory(prisma, user.id, flashcardIds, { reviews: 40 });
    const outcome = await fitLearnerParameters(prisma, user.id);
    expect(outcome).toMatchObject({ ok: false, reason: "too-little" });
    expect(!outcome.ok && outcome.message).toMatch(/at least 64 reviews .* there are \d+/);
    expect(await prisma.learnerParameters.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.studySettings.count({ where: { userId: user.id } })).toBe(0);
  });

  it("survives fsrs-rs aborting its process: says why and keeps the parameters in force", async () => {
    const user = await makeUser(prisma);
    await seedReviewHistory(prisma, user.id, flashcardIds, { reviews: 300, seed: 5 });
    const kept = JSON.stringify([...default_w].map((w) => w * 1.01));
    await prisma.learnerParameters.create({
      data: { userId: user.id, weights: kept, reviewCount: 1 },
    });
    // An item with no review after its first day: fsrs-rs panics and aborts the whole process.
    const outcome = await fitLearnerParameters(prisma, user.id, {
      run: (request, options) =>
        runFit(
          { ...request, train: [...request.train, { reviews: [3, 0, 3, 0], at: 0 }] },
          options,
        ),
    });
    expect(outcome).toMatchObject({ ok: false, reason: "failed" });
    expect(!outcome.ok && outcome.message).toMatch(
      /keeps its current parameters: the optimizer stopped \(SIGABRT\).*delta_t > 0/,
    );
    const row = await prisma.learnerParameters.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ weights: kept, status: "failed", reviewCount: 1 });
    expect(row.message).toMatch(/SIGABRT/);
  });

  it("stops a fit that runs past its time limit, keeping the parameters", async () => {
    const user = await makeUser(prisma);
    await seedReviewHistory(prisma, user.id, flashcardIds, { reviews: 300, seed: 6 });
    const outcome = await fitLearnerParameters(prisma, user.id, { timeoutMs: 1 });
    expect(!outcome.ok && outcome.message).toMatch(/took longer than 0 s and was stopped/);
    expect(await weightsOf(user.id)).toBeNull();
  });
});

describe("course parameters", () => {
  it("are fitted from every learner's logs on the course and schedule a learner without their own", async () => {
    const own = await makeCourse(prisma, { lessons: 1, cards: 60 });
    const [a, b, c] = [await makeUser(prisma), await makeUser(prisma), await makeUser(prisma)];
    await seedReviewHistory(prisma, a.id, own.flashcardIds, { reviews: 150, seed: 11 });
    await seedReviewHistory(prisma, b.id, own.flashcardIds, { reviews: 150, seed: 12 });
    // Another course's reviews don't count.
    await seedReviewHistory(prisma, c.id, flashcardIds, { reviews: 100, seed: 13 });
    const outcome = await fitCourseParameters(prisma, own.course.id);
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    const row = await prisma.courseParameters.findUniqueOrThrow({
      where: { courseId: own.course.id },
    });
    expect(row).toMatchObject({ learnerCount: 2, status: "idle" });
    // Learner c studies the course (a new-card cursor there) and has no parameters of their own.
    const lesson = await prisma.lesson.findFirstOrThrow({ where: { courseId: own.course.id } });
    await prisma.newCardCursor.create({
      data: {
        userId: c.id,
        courseId: own.course.id,
        lessonPosition: 0,
        lessonId: lesson.id,
        contentStamp: new Date().toISOString(),
      },
    });
    const settings = await loadStudySettings(prisma, c.id);
    expect((settings as { fsrsWeights?: string }).fsrsWeights).toBe(row.weights);
  });
});

/** A Good rating of the learner's first item, on top of their history. */
async function oneMore(userId: string) {
  const item = await prisma.reviewItem.findFirstOrThrow({ where: { userId } });
  return {
    reviewItemId: item.id,
    userId,
    rating: 3,
    stateBefore: 2,
    dueBefore: new Date(),
    elapsedDays: 1,
    scheduledDays: 1,
    previous: "{}",
  };
}

describe("the refit trigger", () => {
  it("fits once there are 500 ratings, then again only when the count has grown by half", async () => {
    const user = await makeUser(prisma);
    const { logCount } = await seedReviewHistory(prisma, user.id, flashcardIds, {
      reviews: 499,
      seed: 21,
    });
    expect(logCount).toBe(499);
    expect(await refitIfDue(prisma, user.id, { force: true })).toBeNull();
    await prisma.reviewLog.create({
      data: { ...(await oneMore(user.id)), reviewedAt: new Date() },
    });
    const first = await refitIfDue(prisma, user.id, { force: true });
    expect(first?.ok).toBe(true);
    const fitted = await prisma.learnerParameters.findUniqueOrThrow({ where: { userId: user.id } });
    expect(await refitIfDue(prisma, user.id, { force: true })).toBeNull();
    // Half as many ratings again, after the fit.
    const more = Math.ceil(fitted.reviewCount / 2);
    const base = await oneMore(user.id);
    const after = (i: number) => new Date(fitted.fittedAt!.getTime() + (i + 1) * 1000);
    await prisma.reviewLog.createMany({
      data: Array.from({ length: more - 1 }, (_, i) => ({ ...base, reviewedAt: after(i) })),
    });
    expect(await refitIfDue(prisma, user.id, { force: true })).toBeNull();
    await prisma.reviewLog.create({ data: { ...base, reviewedAt: after(more) } });
    const second = await refitIfDue(prisma, user.id, { force: true });
    expect(second?.ok).toBe(true);
    const refitted = await prisma.learnerParameters.findUniqueOrThrow({
      where: { userId: user.id },
    });
    expect(refitted.reviewCount).toBe(fitted.reviewCount + more);
  });

  it("doesn't check on every rating: the first in this process, then every 20th", async () => {
    const user = await makeUser(prisma);
    await seedReviewHistory(prisma, user.id, flashcardIds, { reviews: 30, seed: 22 });
    const results = [];
    for (let i = 0; i < 21; i++) results.push(await refitIfDue(prisma, user.id));
    // Too few ratings for a fit: each check answers null, and nothing is written.
    expect(results.every((r) => r === null)).toBe(true);
    expect(await prisma.learnerParameters.count({ where: { userId: user.id } })).toBe(0);
  });
});

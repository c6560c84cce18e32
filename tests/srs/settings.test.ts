/**
 * Study settings at their bounds: each value just inside is saved by the real settings action and
 * then works through real ratings (Again and Hard, learning and relearning) with finite due dates and
 * readable interval labels; each value just outside gets a field error and writes nothing.
 */
import { describe, expect, it, vi } from "vitest";
import { testPrisma } from "../helpers/db";
import { asCurrent, makeCourse, makeUser, signedInLearner, settingsForm } from "./helpers";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { saveSettings } = await import("../../app/(learn)/settings/actions");
const { rateCard, reviewState } = await import("../../lib/srs/review");

const prisma = await testPrisma();
const DAY = 86_400_000;
const LABEL = /^\d+(\.\d)?(m|h|d|mo|y)$/;

const learner = () => signedInLearner(prisma);

const save = (values: Record<string, string>) =>
  saveSettings({ ok: false, message: "", fieldErrors: {} }, settingsForm(values));

let n = 0;
/** One rating through the review session's own code path; returns the item's stored state. */
type Learner = Awaited<ReturnType<typeof makeUser>>;
async function rate(user: Learner, flashcardId: string, rating: number, now: Date) {
  const result = await rateCard(
    asCurrent(user),
    {
      itemRef: { flashcardId },
      rating,
      requestId: `settings-${++n}-${Date.now()}`,
      durationMs: 500,
    },
    now,
  );
  expect(result.ok).toBe(true);
  return prisma.reviewItem.findFirstOrThrow({ where: { userId: user.id, flashcardId } });
}

describe("study settings bounds", () => {
  it("the longest steps (365d, 10 of them) save, then Again and Hard schedule finite dates with readable labels", async () => {
    const user = await learner();
    const { flashcardIds } = await makeCourse(prisma, { cards: 2 });
    const longest = Array(10).fill("365d").join(", ");
    expect(
      await save({ learningSteps: longest, relearningSteps: "525600m", desiredRetention: "0.97" }),
    ).toMatchObject({ ok: true });
    const now = new Date("2025-03-01T10:00:00Z");
    // Learning: Again and Hard on a new card.
    for (const [card, rating] of [
      [flashcardIds[0]!, 1],
      [flashcardIds[1]!, 2],
    ] as const) {
      const item = await rate(user, card, rating, now);
      expect(Number.isFinite(item.due.getTime())).toBe(true);
      expect(item.due.getTime() - now.getTime()).toBeLessThanOrEqual(1.5 * 365 * DAY);
    }
    // Relearning: graduate the card with Easy, then forget it.
    const later = new Date(now.getTime() + 400 * DAY);
    await rate(user, flashcardIds[0]!, 4, later);
    const relearn = await rate(user, flashcardIds[0]!, 1, new Date(later.getTime() + 1000 * DAY));
    expect(Number.isFinite(relearn.due.getTime())).toBe(true);
    // The next card's four interval labels are numbers with a unit, never "NaNy".
    const state = await reviewState(
      asCurrent(user),
      undefined,
      new Date(later.getTime() + 3000 * DAY),
    );
    expect(state.card).not.toBeNull();
    for (const label of Object.values(state.card!.intervals)) expect(label).toMatch(LABEL);
  });

  it("every other setting at its inside edges saves, and the review session and a rating work with it", async () => {
    const user = await learner();
    const { flashcardIds } = await makeCourse(prisma, { cards: 3 });
    const edges: Array<Record<string, string>> = [
      { desiredRetention: "0.7", newPerDay: "0", maxReviewsPerDay: "1", dayStartHour: "0" },
      {
        desiredRetention: "0.97",
        newPerDay: "9999",
        maxReviewsPerDay: "99999",
        dayStartHour: "23",
      },
      { timeZone: "Pacific/Kiritimati", learningSteps: "", relearningSteps: "1m" },
    ];
    const now = new Date("2025-03-01T10:00:00Z");
    for (const [i, values] of edges.entries()) {
      expect(await save(values), JSON.stringify(values)).toMatchObject({ ok: true });
      const item = await rate(user, flashcardIds[i]!, 2, now);
      expect(Number.isFinite(item.due.getTime()), JSON.stringify(values)).toBe(true);
      const state = await reviewState(asCurrent(user), undefined, now);
      expect(state.counts, JSON.stringify(values)).toBeDefined();
      for (const label of Object.values(state.card?.intervals ?? {})) expect(label).toMatch(LABEL);
    }
  });

  it("just outside: a field error on that field, and the stored settings stay as they were", async () => {
    const user = await learner();
    expect(await save({})).toMatchObject({ ok: true });
    const before = await prisma.studySettings.findUniqueOrThrow({ where: { userId: user.id } });
    const outside: Array<[string, string]> = [
      ["learningSteps", "99999999d"],
      ["learningSteps", "366d"],
      ["learningSteps", "8761h"],
      ["learningSteps", "525601m"],
      ["learningSteps", "1.5h"],
      ["learningSteps", "0m"],
      ["learningSteps", "-1m"],
      ["learningSteps", Array(11).fill("1m").join(",")],
      ["relearningSteps", "99999999d"],
      ["relearningSteps", "1m, 366d"],
      ["desiredRetention", "0.69"],
      ["desiredRetention", "0.98"],
      ["desiredRetention", ""],
      ["desiredRetention", "NaN"],
      ["newPerDay", "-1"],
      ["newPerDay", "10000"],
      ["newPerDay", "1.5"],
      ["newPerDay", ""],
      ["maxReviewsPerDay", "0"],
      ["maxReviewsPerDay", "100000"],
      ["maxReviewsPerDay", "Infinity"],
      ["dayStartHour", "-1"],
      ["dayStartHour", "24"],
      ["timeZone", "Mars/Olympus_Mons"],
      ["timeZone", "A".repeat(65)],
    ];
    for (const [field, value] of outside) {
      const result = await save({ [field]: value });
      expect(result.ok, `${field}=${value}`).toBe(false);
      expect(result.fieldErrors?.[field]?.[0], `${field}=${value}`).toBeTruthy();
    }
    expect(await prisma.studySettings.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(
      before,
    );
  });

  it("steps stored before these bounds existed fall back to the defaults instead of failing a rating", async () => {
    const user = await learner();
    const { flashcardIds } = await makeCourse(prisma, { cards: 1 });
    await prisma.studySettings.create({
      data: { userId: user.id, learningSteps: "99999999d", relearningSteps: "99999999d" },
    });
    const now = new Date("2025-03-01T10:00:00Z");
    const item = await rate(user, flashcardIds[0]!, 1, now);
    // The default first learning step: 1 minute.
    expect(item.due.getTime() - now.getTime()).toBe(60_000);
  });
});

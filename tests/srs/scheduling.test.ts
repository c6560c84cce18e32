import { createEmptyCard, fsrs, generatorParameters, type Grade } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { fromCard, schedulerFor, toCard } from "../../lib/srs/card";
import { applyRating } from "../../lib/srs/apply";
import { testPrisma } from "../helpers/db";
import { makeCourse, makeUser } from "./helpers";

const prisma = await testPrisma();
const MIN = 60_000,
  DAY = 86_400_000;

describe("scheduling", () => {
  it("matches ts-fsrs for the same card, ratings and times (fuzz off)", () => {
    const settings = { desiredRetention: 0.85, learningSteps: "1m,10m", relearningSteps: "10m" };
    const ours = schedulerFor(settings, { fuzz: false });
    const reference = fsrs(
      generatorParameters({
        request_retention: 0.85,
        enable_fuzz: false,
        learning_steps: ["1m", "10m"],
        relearning_steps: ["10m"],
      }),
    );
    const start = new Date("2025-01-01T09:00:00Z");
    let mine = fromCard(createEmptyCard(start));
    let theirs = createEmptyCard(start);
    const plan: [Grade, number][] = [
      [3, 0],
      [3, 10 * MIN],
      [3, 1 * DAY],
      [1, 5 * DAY],
      [2, 15 * MIN],
      [4, 3 * DAY],
      [3, 30 * DAY],
    ];
    let now = start.getTime();
    for (const [grade, wait] of plan) {
      now += wait;
      // Round-trip through our row mapping each time, as the database does.
      mine = fromCard(ours.next(toCard(mine), new Date(now), grade).card);
      theirs = reference.next(theirs, new Date(now), grade).card;
      expect(mine.due.getTime()).toBe(theirs.due.getTime());
      expect(mine.stability).toBe(theirs.stability);
      expect(mine.difficulty).toBe(theirs.difficulty);
      expect(mine.state).toBe(theirs.state);
    }
  });

  it("applyRating stores exactly what ts-fsrs computes and logs the rating", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const user = await makeUser(prisma);
    const now = new Date("2025-02-01T10:00:00Z");
    const result = await applyRating(prisma, {
      userId: user.id,
      item: { flashcardId: flashcardIds[0]! },
      rating: 3,
      durationMs: 1200,
      source: "review",
      now,
    });
    const expected = schedulerFor({
      desiredRetention: 0.9,
      learningSteps: "1m,10m",
      relearningSteps: "10m",
    }).next(createEmptyCard(now), now, 3).card;
    const item = await prisma.reviewItem.findUniqueOrThrow({ where: { id: result.itemId } });
    expect(item.due.getTime()).toBe(expected.due.getTime());
    expect(item.stability).toBe(expected.stability);
    const logs = await prisma.reviewLog.findMany({ where: { reviewItemId: item.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      rating: 3,
      stateBefore: 0,
      durationMs: 1200,
      source: "review",
    });
    expect(JSON.parse(logs[0]!.previous)).toMatchObject({ state: 0, created: true });
  });

  it("rejects a rating outside 1–4 before writing", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const user = await makeUser(prisma);
    for (const rating of [0, 5, 2.5]) {
      await expect(
        applyRating(prisma, {
          userId: user.id,
          item: { flashcardId: flashcardIds[0]! },
          rating,
          durationMs: 0,
          source: "review",
        }),
      ).rejects.toThrow(/1 \(Again\) to 4/);
    }
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { applyRating } from "../../lib/srs/apply";
import { undoLastRating, resetItem } from "../../lib/srs/undo";
import { testPrisma } from "../helpers/db";
import { makeCourse, makeUser } from "./helpers";

const prisma = await testPrisma();
const DAY = 86_400_000;
const undo = (userId: string) => prisma.$transaction((tx) => undoLastRating(tx, userId));

describe("undo and reset", () => {
  it("undo restores the exact previous state and removes only that log", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const user = await makeUser(prisma);
    const item = { flashcardId: flashcardIds[0]! };
    const t0 = new Date("2025-03-01T08:00:00Z");
    for (const [i, rating] of [3, 3, 3].entries())
      await applyRating(prisma, {
        userId: user.id,
        item,
        rating,
        durationMs: 5,
        source: "review",
        now: new Date(t0.getTime() + i * DAY),
      });
    const before = await prisma.reviewItem.findFirstOrThrow({ where: { userId: user.id } });
    await applyRating(prisma, {
      userId: user.id,
      item,
      rating: 1,
      durationMs: 5,
      source: "review",
      now: new Date(t0.getTime() + 9 * DAY),
    });
    expect(await undo(user.id)).toMatchObject({
      reviewItemId: before.id,
      flashcardId: item.flashcardId,
    });
    const after = await prisma.reviewItem.findFirstOrThrow({ where: { userId: user.id } });
    const { updatedAt: _a, ...restored } = after;
    const { updatedAt: _b, ...original } = before;
    expect(restored).toEqual(original);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(3);
  });

  it("undoing the rating that created the item leaves no item (also after the session's last card)", async () => {
    const { flashcardIds } = await makeCourse(prisma, { cards: 1 });
    const user = await makeUser(prisma);
    await applyRating(prisma, {
      userId: user.id,
      item: { flashcardId: flashcardIds[0]! },
      rating: 4,
      durationMs: 5,
      source: "review",
    });
    expect(await undo(user.id)).toMatchObject({ reviewItemId: null, flashcardId: flashcardIds[0] });
    expect(await prisma.reviewItem.count({ where: { userId: user.id } })).toBe(0);
    expect(await undo(user.id)).toBeNull();
  });

  it("only the learner's own latest rating is undone", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const [a, b] = [await makeUser(prisma), await makeUser(prisma)];
    await applyRating(prisma, {
      userId: a.id,
      item: { flashcardId: flashcardIds[0]! },
      rating: 3,
      durationMs: 5,
      source: "review",
    });
    expect(await undo(b.id)).toBeNull();
    expect(await prisma.reviewLog.count({ where: { userId: a.id } })).toBe(1);
  });

  it("reset sends the card back to new, keeps its logs, and can't be undone past", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const user = await makeUser(prisma);
    const r = await applyRating(prisma, {
      userId: user.id,
      item: { flashcardId: flashcardIds[0]! },
      rating: 3,
      durationMs: 5,
      source: "review",
    });
    expect(await resetItem(prisma, user.id, r.itemId, new Date())).toBe(true);
    expect(await prisma.reviewItem.findUniqueOrThrow({ where: { id: r.itemId } })).toMatchObject({
      state: 0,
      reps: 0,
      lastReview: null,
    });
    expect(await prisma.reviewLog.count({ where: { reviewItemId: r.itemId } })).toBe(1);
    expect(await undo(user.id)).toBeNull();
    const other = await makeUser(prisma);
    expect(await resetItem(prisma, other.id, r.itemId, new Date())).toBe(false);
  });
});

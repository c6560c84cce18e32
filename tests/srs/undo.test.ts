import { describe, expect, it } from "vitest";
import { applyRating } from "../../lib/srs/apply";
import { undoLastAction, resetItem } from "../../lib/srs/undo";
import { resetCard, undoLast } from "../../lib/srs/review";
import { testPrisma } from "../helpers/db";
import { asCurrent, makeCourse, makeUser } from "./helpers";

const prisma = await testPrisma();
const DAY = 86_400_000;
const undo = async (userId: string) =>
  (await prisma.$transaction((tx) => undoLastAction(tx, userId)))?.entry ?? null;
const MIN = 60_000;
const rate = (userId: string, flashcardId: string, now: Date, rating = 3) =>
  applyRating(prisma, {
    userId,
    item: { flashcardId },
    rating,
    durationMs: 5,
    source: "review",
    now,
  });

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

  it("reset sends the card back to new, keeps the ratings' logs and logs itself (rating 0, not a review)", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const user = await makeUser(prisma);
    const r = await rate(user.id, flashcardIds[0]!, new Date());
    expect(await resetItem(prisma, user.id, r.itemId, new Date())).toBe(true);
    expect(await prisma.reviewItem.findUniqueOrThrow({ where: { id: r.itemId } })).toMatchObject({
      state: 0,
      reps: 0,
      lastReview: null,
    });
    const logs = await prisma.reviewLog.findMany({
      where: { reviewItemId: r.itemId },
      orderBy: { reviewedAt: "asc" },
    });
    expect(logs.map((l) => [l.source, l.rating])).toEqual([
      ["review", 3],
      ["reset", 0],
    ]);
    const other = await makeUser(prisma);
    expect(await resetItem(prisma, other.id, r.itemId, new Date())).toBe(false);
  });

  it("Z after a reset undoes the reset, not a card rated 20 minutes earlier; then that rating", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const user = await makeUser(prisma);
    const t0 = new Date("2025-05-01T10:00:00Z");
    const [a, b] = [flashcardIds[0]!, flashcardIds[1]!];
    const rb = await rate(user.id, b, t0);
    const beforeReset = await prisma.reviewItem.findUniqueOrThrow({ where: { id: rb.itemId } });
    const ra = await rate(user.id, a, new Date(t0.getTime() + 20 * MIN));
    const aRated = await prisma.reviewItem.findUniqueOrThrow({ where: { id: ra.itemId } });
    const me = asCurrent(user);
    const reset = await resetCard(
      me,
      { reviewItemId: rb.itemId },
      undefined,
      new Date(t0.getTime() + 40 * MIN),
    );
    expect(reset).toMatchObject({ ok: true, review: { canUndo: true } });

    const first = await undoLast(me);
    expect(first).toMatchObject({ ok: true, undone: "reset" });
    const { updatedAt: _x, ...restored } = await prisma.reviewItem.findUniqueOrThrow({
      where: { id: rb.itemId },
    });
    const { updatedAt: _y, ...original } = beforeReset;
    expect(restored).toEqual(original);
    // The other card was not touched, and the reset's log is gone.
    expect(await prisma.reviewItem.findUniqueOrThrow({ where: { id: ra.itemId } })).toEqual(aRated);
    expect(await prisma.reviewLog.count({ where: { userId: user.id, source: "reset" } })).toBe(0);

    // The action before the reset was rating A: that is next, then B's rating, then nothing.
    expect(await undoLast(me)).toMatchObject({ ok: true, undone: "rating" });
    expect(await prisma.reviewItem.findUnique({ where: { id: ra.itemId } })).toBeNull();
    expect(await undoLast(me)).toMatchObject({ ok: true, undone: "rating" });
    expect(await undoLast(me)).toEqual({
      ok: false,
      status: 409,
      error: "There is nothing to undo.",
    });
  });

  it("a reset is no longer undoable once the card is rated again (the rating is undone instead)", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const user = await makeUser(prisma);
    const t0 = new Date("2025-05-02T10:00:00Z");
    const r = await rate(user.id, flashcardIds[0]!, t0);
    await resetItem(prisma, user.id, r.itemId, new Date(t0.getTime() + MIN));
    await applyRating(prisma, {
      userId: user.id,
      item: { flashcardId: flashcardIds[0]! },
      rating: 3,
      durationMs: 5,
      source: "quiz",
      now: new Date(t0.getTime() + 2 * MIN),
    });
    // A quiz answer changed the card after the reset: the reset can't be taken back over it.
    expect(await undo(user.id)).toBeNull();
    expect(await prisma.reviewItem.findUniqueOrThrow({ where: { id: r.itemId } })).toMatchObject({
      reps: 1,
      state: 1,
    });
  });
});

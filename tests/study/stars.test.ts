import { beforeAll, describe, expect, it } from "vitest";
import { getFlashcardDeck, setFlashcardStar } from "../../lib/study/flashcards";
import { testPrisma } from "../helpers/db";
import { makeLearner, seedStudyCourse } from "./helpers";

const prisma = await testPrisma();

describe("flashcard stars", () => {
  beforeAll(() => seedStudyCourse(prisma));

  it("persist per learner, both ways, and show on the deck", async () => {
    const [me, other] = [await makeLearner(prisma), await makeLearner(prisma)];
    expect(await setFlashcardStar(me, { flashcardId: "fx-c02", starred: true })).toEqual({
      ok: true,
      starred: true,
    });
    expect(await setFlashcardStar(me, { flashcardId: "fx-c02", starred: true })).toEqual({
      ok: true,
      starred: true,
    });
    expect(await prisma.flashcardStar.count({ where: { userId: me.id } })).toBe(1);
    const deck = await getFlashcardDeck(me, "fixture-course", "fixture-lesson");
    expect(deck!.cards.map((c) => [c.id, c.starred])).toEqual([
      ["fx-c01", false],
      ["fx-c02", true],
    ]);
    const theirs = await getFlashcardDeck(other, "fixture-course", "fixture-lesson");
    expect(theirs!.cards.every((c) => !c.starred)).toBe(true);
    expect(await setFlashcardStar(me, { flashcardId: "fx-c02", starred: false })).toEqual({
      ok: true,
      starred: false,
    });
    expect(await prisma.flashcardStar.count({ where: { userId: me.id } })).toBe(0);
  });

  it("refuse unknown, unpublished and malformed cards, writing nothing", async () => {
    const me = await makeLearner(prisma);
    await prisma.flashcard.update({ where: { id: "fx-c01" }, data: { status: "draft" } });
    expect(await setFlashcardStar(me, { flashcardId: "fx-c01", starred: true })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await setFlashcardStar(me, { flashcardId: "nope", starred: true })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(
      await setFlashcardStar(me, { flashcardId: "fx-c02", starred: "yes" } as never),
    ).toMatchObject({ ok: false, status: 400 });
    expect(await prisma.flashcardStar.count({ where: { userId: me.id } })).toBe(0);
    expect(
      (await getFlashcardDeck(me, "fixture-course", "fixture-lesson"))!.cards.map((c) => c.id),
    ).toEqual(["fx-c02"]);
    await prisma.flashcard.update({ where: { id: "fx-c01" }, data: { status: "published" } });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { generateTest, gradeTest, type FilledTest } from "../../lib/study/test";
import { testItemSchema, type TestItem } from "../../lib/study/test-build";
import { testPrisma } from "../helpers/db";
import { makeLearner } from "./helpers";
import { fixtureScope, seedModesCourse, TERMS } from "./modes-helpers";

const prisma = await testPrisma();
const ALL = ["choice", "true_false", "typed", "matching", "output"] as const;
const frontOf = new Map(TERMS.map(([id, front]) => [id, front.replace(/`/g, "")]));

/** The right answer to each item, worked out from the database as a learner who knows it all. */
async function rightAnswer(item: TestItem): Promise<FilledTest[number]> {
  const none = { item: JSON.stringify(item), answer: "", pairs: {} };
  switch (item.kind) {
    case "question": {
      if (item.optionIds.length === 0) return { ...none, answer: "s.accept()" };
      const right = await prisma.questionOption.findFirstOrThrow({
        where: { id: { in: item.optionIds }, questionId: item.questionId, correct: true },
      });
      return { ...none, answer: right.id };
    }
    case "card-choice":
      return { ...none, answer: item.cardId };
    case "card-tf":
      return { ...none, answer: String(item.shownId === item.cardId) };
    case "card-typed":
      return { ...none, answer: ` ${frontOf.get(item.cardId)!.toUpperCase()} ` };
    case "matching":
      return { ...none, pairs: Object.fromEntries(item.cardIds.map((id) => [id, id])) };
  }
}

describe("Test", () => {
  beforeAll(() => seedModesCourse(prisma));

  it("mixes every chosen type, uses each card once, and the same seed gives the same test", async () => {
    const user = await makeLearner(prisma);
    const views = (await generateTest(user, fixtureScope, { count: 10, types: [...ALL] }, 42))!;
    expect(views).toHaveLength(10);
    const items = views.map((v) => testItemSchema.parse(JSON.parse(v.item)));
    expect(new Set(views.map((v) => v.label))).toEqual(
      // The same words as the teach pages and the quiz (questionTypeLabels).
      new Set([
        "Multiple choice",
        "True / false",
        "Typed answer",
        "Matching",
        "What does this code print?",
      ]),
    );
    const cardUses = items.flatMap((i) =>
      i.kind === "matching" ? i.cardIds : "cardId" in i ? [i.cardId] : [],
    );
    expect(new Set(cardUses).size).toBe(cardUses.length);
    const again = (await generateTest(user, fixtureScope, { count: 10, types: [...ALL] }, 42))!;
    expect(again.map((v) => v.item)).toEqual(views.map((v) => v.item));
    const other = (await generateTest(user, fixtureScope, { count: 10, types: [...ALL] }, 7))!;
    expect(other.map((v) => v.item)).not.toEqual(views.map((v) => v.item));

    const typedOnly = (await generateTest(user, fixtureScope, { count: 3, types: ["typed"] }, 1))!;
    expect(typedOnly.map((v) => v.input)).toEqual(["text", "text", "text"]);
    // Asking for more than there is gives what there is.
    const outputs = (await generateTest(user, fixtureScope, { count: 10, types: ["output"] }, 1))!;
    expect(outputs).toHaveLength(1);
  });

  it("grades every type right when answered right, with a review of each answer", async () => {
    const user = await makeLearner(prisma);
    const views = (await generateTest(user, fixtureScope, { count: 14, types: [...ALL] }, 3))!;
    const items = views.map((v) => testItemSchema.parse(JSON.parse(v.item)));
    const filled = await Promise.all(items.map(rightAnswer));
    const graded = await gradeTest(user, fixtureScope, filled);
    expect(graded.ok).toBe(true);
    if (!graded.ok) return;
    expect(graded.review.score).toBe(views.length);
    expect(graded.review.items.every((i) => i.correct && i.rightHtml !== undefined)).toBe(true);
    const matching = graded.review.items.find((i) => i.label === "Matching")!;
    expect(matching.pairs.length).toBeGreaterThanOrEqual(2);
    // Nothing in a test touches the review schedule.
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  it("blank, wrong and half-matched answers are wrong, and the review shows the right answer", async () => {
    const user = await makeLearner(prisma);
    const views = (await generateTest(user, fixtureScope, { count: 10, types: [...ALL] }, 5))!;
    const items = views.map((v) => testItemSchema.parse(JSON.parse(v.item)));
    const filled = items.map((item) => ({
      item: JSON.stringify(item),
      answer:
        item.kind === "card-typed" || (item.kind === "question" && !item.optionIds.length)
          ? "wrong"
          : "",
      pairs:
        item.kind === "matching"
          ? { [item.cardIds[0]!]: item.cardIds[0]!, [item.cardIds[1]!]: item.cardIds[0]! }
          : {},
    }));
    const graded = await gradeTest(user, fixtureScope, filled);
    if (!graded.ok) throw new Error(graded.error);
    expect(graded.review.score).toBe(0);
    const blank = graded.review.items.find((i) => i.label === "Multiple choice")!;
    expect(blank.givenHtml).toContain("No answer");
    expect(blank.rightHtml).not.toBe("");
    const matching = graded.review.items.find((i) => i.label === "Matching")!;
    expect(matching.pairs.map((p) => p.correct).slice(0, 2)).toEqual([true, false]);
    expect(matching.givenHtml).toContain("1 of");
  });

  it("refuses a tampered item or one from another lesson, and bad settings", async () => {
    const user = await makeLearner(prisma);
    const tampered = [
      { kind: "card-choice", cardId: "fx-c01", optionIds: ["fx-c02", "fx-c03"] },
      { kind: "card-typed", cardId: "not-a-card" },
      { kind: "question", type: "choice", questionId: "fx-q01", optionIds: ["forged"] },
      { kind: "matching", cardIds: ["fx-c01", "fx-c02"], definitionIds: ["fx-c01", "fx-c03"] },
      { kind: "nonsense" },
    ];
    for (const item of tampered)
      expect(
        await gradeTest(user, fixtureScope, [
          { item: JSON.stringify(item), answer: "", pairs: {} },
        ]),
      ).toMatchObject({ ok: false, status: 400 });
    expect(
      await gradeTest(user, fixtureScope, [{ item: "{not json", answer: "", pairs: {} }]),
    ).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(
      await generateTest(
        user,
        { ...fixtureScope, lessonSlug: "nope" },
        { count: 5, types: ["typed"] },
        1,
      ),
    ).toBeNull();
  });
});

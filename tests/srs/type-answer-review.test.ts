/** "Type the answer": the setting's own form, and the review card carrying the text to type only when it's on and the back is short. */
import { describe, expect, it, vi } from "vitest";
import { testPrisma } from "../helpers/db";
import { asCurrent, makeCourse, makeUser } from "./helpers";
import { session } from "../helpers/session";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { saveTypeAnswerSetting } = await import("../../app/(learn)/settings/type-answer-action");
const { reviewState } = await import("../../lib/srs/review");
const prisma = await testPrisma();

const save = (...values: string[]) => {
  const f = new FormData();
  for (const v of values) f.append("typeAnswer", v);
  return saveTypeAnswerSetting({ ok: false }, f);
};

describe("type the answer", () => {
  it("is off by default; on, a short back is typed and a long one isn't; bad input writes nothing", async () => {
    const user = await makeUser(prisma);
    session.current = { user: { id: user.id, role: user.role } };
    const me = asCurrent(user);
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 2 });
    await prisma.flashcard.update({
      where: { id: flashcardIds[1]! },
      data: { back: "A long answer. ".repeat(10) },
    });
    expect((await reviewState(me, course.slug)).card?.typeAnswer).toBeUndefined();

    expect(await save("off", "on")).toMatchObject({ ok: true });
    expect((await reviewState(me, course.slug)).card).toMatchObject({
      contentId: flashcardIds[0],
      typeAnswer: "Back 0",
    });
    // The long back: no typing (suspend the first to see the second).
    await prisma.reviewItem.create({
      data: {
        userId: user.id,
        flashcardId: flashcardIds[0]!,
        due: new Date(),
        suspendedAt: new Date(),
      },
    });
    const second = (await reviewState(me, course.slug)).card;
    expect(second?.contentId).toBe(flashcardIds[1]);
    expect(second?.typeAnswer).toBeUndefined();

    const before = await prisma.studySettings.findUniqueOrThrow({ where: { userId: user.id } });
    expect(await save("maybe")).toMatchObject({
      ok: false,
      fieldErrors: { typeAnswer: ["choose on or off"] },
    });
    expect(await prisma.studySettings.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(
      before,
    );
    expect(await save("off")).toMatchObject({ ok: true });
    expect(
      (await prisma.studySettings.findUniqueOrThrow({ where: { userId: user.id } })).typeAnswer,
    ).toBe(false);
    session.current = null;
    await expect(save("on")).rejects.toThrow();
  });
});

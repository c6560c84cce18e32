import { describe, expect, it } from "vitest";
import { applyRating } from "../../lib/srs/apply";
import { studyQueue } from "../../lib/srs/queue";
import { reviewState } from "../../lib/srs/review";
import { loadStudySettings } from "../../lib/srs/settings";
import { resetItem, undoLastAction } from "../../lib/srs/undo";
import { testPrisma } from "../helpers/db";
import { asCurrent, makeCourse, makeUser } from "./helpers";

const prisma = await testPrisma();
const now = new Date("2025-05-01T12:00:00Z");
const rate = (userId: string, flashcardId: string) =>
  applyRating(prisma, {
    userId,
    item: { flashcardId },
    rating: 3,
    durationMs: 1,
    source: "review",
    now,
  });
const queue = async (userId: string, courseSlug: string) =>
  studyQueue(prisma, await loadStudySettings(prisma, userId), { now, courseSlug });
const newIds = async (userId: string, courseSlug: string) =>
  (await queue(userId, courseSlug)).counts.new;
// Content saved in the same millisecond as the course would leave the content stamp unchanged.
const tick = () => new Promise((r) => setTimeout(r, 5));

describe("new cards from the learner's cursor", () => {
  it("a card added to an earlier lesson after the cursor moved on is still offered first", async () => {
    const { course, flashcardIds } = await makeCourse(prisma, { lessons: 2, cards: 2 });
    const user = await makeUser(prisma);
    await rate(user.id, flashcardIds[0]!);
    await rate(user.id, flashcardIds[1]!);
    const before = await queue(user.id, course.slug);
    expect(before.counts.new).toBe(2);
    expect(await prisma.newCardCursor.count({ where: { userId: user.id } })).toBe(1);
    await tick();
    const lessonId = (await prisma.flashcard.findUniqueOrThrow({ where: { id: flashcardIds[0]! } }))
      .lessonId;
    const added = await prisma.flashcard.create({
      data: {
        id: `${flashcardIds[0]}-added`,
        lessonId,
        front: "Added",
        back: "Later",
        position: 9,
      },
    });
    const after = await queue(user.id, course.slug);
    expect(after.counts.new).toBe(3);
    expect(after.next).toMatchObject({ flashcardId: added.id, reviewItemId: null });
  });

  it("undoing the rating that introduced a card makes it new again, before later lessons", async () => {
    const { course, flashcardIds } = await makeCourse(prisma, { lessons: 2, cards: 1 });
    const user = await makeUser(prisma);
    await rate(user.id, flashcardIds[0]!);
    expect((await queue(user.id, course.slug)).next).toMatchObject({
      flashcardId: flashcardIds[1],
    });
    await prisma.$transaction((tx) => undoLastAction(tx, user.id));
    const q = await queue(user.id, course.slug);
    expect(q.counts.new).toBe(2);
    expect(q.next).toMatchObject({ flashcardId: flashcardIds[0], reviewItemId: null });
  });

  it("a reset card is new again, in lesson order, with its review item", async () => {
    const { course, flashcardIds } = await makeCourse(prisma, { lessons: 2, cards: 1 });
    const user = await makeUser(prisma);
    await prisma.studySettings.create({ data: { userId: user.id, newPerDay: 5 } });
    const first = await rate(user.id, flashcardIds[0]!);
    await rate(user.id, flashcardIds[1]!);
    expect(await newIds(user.id, course.slug)).toBe(0);
    await resetItem(prisma, user.id, first.itemId, now);
    const q = await queue(user.id, course.slug);
    expect(q.counts.new).toBe(1);
    expect(q.counts.learning).toBe(1);
  });

  it("shows a question with its correct answer on the back", async () => {
    const { course } = await makeCourse(prisma, { lessons: 1, cards: 0, questions: 1 });
    const user = await makeUser(prisma);
    const state = await reviewState(asCurrent(user), course.slug, now);
    expect(state.card).toMatchObject({ kind: "question" });
    expect(state.card?.backHtml).toContain("accept()");
    expect(state.card?.backHtml).not.toContain("bind()");
    expect(state.dueTomorrow).toBeNull();
  });
});

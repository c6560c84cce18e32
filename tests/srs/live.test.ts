/**
 * ReviewItem.live, the flag the queue's counts read instead of the content chain: database triggers
 * (prisma/migrations/20261201202933_review_item_live) keep it equal to "the card, its lesson and its
 * course are published and not archived" whoever changes that content, on SQLite and PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import { applyRating } from "../../lib/srs/apply";
import { studyQueue } from "../../lib/srs/queue";
import { loadStudySettings } from "../../lib/srs/settings";
import { sqlOf } from "../../lib/db-raw";
import { providerOf } from "../../lib/db/client";
import { testPrisma } from "../helpers/db";
import { makeCourse, makeUser } from "./helpers";

const prisma = await testPrisma();
const sql = await sqlOf(prisma);
const DAY = 86_400_000;
const now = new Date("2025-06-10T12:00:00Z");

/** A learner with one review due today on every card and question of a fresh course (2 lessons). */
async function learnerWithReviews() {
  const made = await makeCourse(prisma, { lessons: 2, cards: 2, questions: 1 });
  const user = await makeUser(prisma);
  // No new cards: the counts and next card are only about these reviews.
  await prisma.studySettings.create({
    data: { userId: user.id, newPerDay: 0, buryRelated: false },
  });
  const refs = [
    ...made.flashcardIds.map((flashcardId) => ({ flashcardId })),
    ...made.questionIds.map((questionId) => ({ questionId })),
  ];
  // Easy long ago: each is a review, overdue now.
  for (const item of refs)
    await applyRating(prisma, {
      userId: user.id,
      item,
      rating: 4,
      durationMs: 1,
      source: "review",
      now: new Date(now.getTime() - 60 * DAY),
    });
  const lessons = await prisma.lesson.findMany({
    where: { courseId: made.course.id },
    orderBy: { position: "asc" },
  });
  return { ...made, user, lessons };
}

const flags = async (userId: string) =>
  Object.fromEntries(
    (
      await prisma.reviewItem.findMany({
        where: { userId },
        select: { flashcardId: true, questionId: true, live: true },
      })
    ).map((r) => [r.flashcardId ?? r.questionId, r.live]),
  );
const reviewsDue = async (userId: string, courseSlug?: string) => {
  const q = await studyQueue(sql, await loadStudySettings(sql, userId), { now, courseSlug });
  return { count: q.counts.review, next: q.next, dueTomorrow: q.dueTomorrow };
};

const TRIGGERS = [
  "Course_live",
  "Flashcard_live",
  "Lesson_live",
  "Question_live",
  "ReviewItem_live_content",
  "ReviewItem_live_insert",
];

describe("ReviewItem.live", () => {
  it("has its triggers in the migrated database", async () => {
    // On SQLite a migration that redefines one of these tables (Prisma's RedefineTables) drops its
    // trigger: recreate it in that migration as migration 20261201202933_review_item_live wrote it.
    const names = await prisma.$queryRawUnsafe<{ name: string }[]>(
      providerOf(process.env.DATABASE_URL!) === "postgresql"
        ? `SELECT tgname::text AS name FROM pg_trigger WHERE NOT tgisinternal`
        : `SELECT name FROM sqlite_master WHERE type = 'trigger'`,
    );
    expect(names.map((n) => n.name).sort()).toEqual(expect.arrayContaining(TRIGGERS));
  });

  it("follows the card's own status and archive, and the queue's counts with it", async () => {
    const { user, flashcardIds, questionIds, course } = await learnerWithReviews();
    const [card, other] = flashcardIds as [string, string];
    const question = questionIds[0]!;
    expect(Object.values(await flags(user.id)).every(Boolean)).toBe(true);
    expect((await reviewsDue(user.id)).count).toBe(6);

    await prisma.flashcard.update({ where: { id: card }, data: { archivedAt: now } });
    await prisma.flashcard.update({ where: { id: other }, data: { status: "draft" } });
    await prisma.question.update({ where: { id: question }, data: { archivedAt: now } });
    const after = await flags(user.id);
    expect([after[card], after[other], after[question]]).toEqual([false, false, false]);
    expect(Object.values(after).filter(Boolean)).toHaveLength(3);
    expect((await reviewsDue(user.id)).count).toBe(3);
    // Scoped to the course, the count checks the content itself: the same answer.
    expect((await reviewsDue(user.id, course.slug)).count).toBe(3);

    await prisma.flashcard.update({ where: { id: card }, data: { archivedAt: null } });
    await prisma.flashcard.update({ where: { id: other }, data: { status: "published" } });
    await prisma.question.update({ where: { id: question }, data: { archivedAt: null } });
    expect(Object.values(await flags(user.id)).every(Boolean)).toBe(true);
    expect((await reviewsDue(user.id)).count).toBe(6);
  });

  it("follows the lesson and the course, for every learner's items", async () => {
    const a = await learnerWithReviews();
    const [lesson0, lesson1] = [a.lessons[0]!, a.lessons[1]!];
    // A second learner on the same course.
    const b = await makeUser(prisma);
    await prisma.studySettings.create({ data: { userId: b.id, newPerDay: 0, buryRelated: false } });
    for (const flashcardId of a.flashcardIds)
      await applyRating(prisma, {
        userId: b.id,
        item: { flashcardId },
        rating: 4,
        durationMs: 1,
        source: "review",
        now: new Date(now.getTime() - 60 * DAY),
      });
    await prisma.lesson.update({ where: { id: lesson0.id }, data: { status: "draft" } });
    const inLesson0 = (f: Record<string, boolean>) =>
      Object.entries(f)
        .filter(([id]) => id.includes("-0-"))
        .map(([, live]) => live);
    expect(inLesson0(await flags(a.user.id))).toEqual([false, false, false]);
    expect(inLesson0(await flags(b.id))).toEqual([false, false]);
    expect((await reviewsDue(a.user.id)).count).toBe(3);
    expect((await reviewsDue(b.id)).count).toBe(2);

    // Unpublishing the course hides the rest; archiving it while unpublished changes nothing more.
    await prisma.course.update({ where: { id: a.course.id }, data: { status: "draft" } });
    await prisma.course.update({ where: { id: a.course.id }, data: { archivedAt: now } });
    expect(Object.values(await flags(a.user.id)).some(Boolean)).toBe(false);
    const none = await reviewsDue(a.user.id);
    expect(none).toMatchObject({ count: 0, next: null, dueTomorrow: 0 });

    // Back: the course first (lesson 0 is still a draft), then the lesson.
    await prisma.course.update({
      where: { id: a.course.id },
      data: { status: "published", archivedAt: null },
    });
    expect(inLesson0(await flags(a.user.id))).toEqual([false, false, false]);
    expect((await reviewsDue(a.user.id)).count).toBe(3);
    await prisma.lesson.update({ where: { id: lesson0.id }, data: { status: "published" } });
    expect(Object.values(await flags(a.user.id)).every(Boolean)).toBe(true);
    expect((await reviewsDue(b.id)).count).toBe(4);

    // A card moved into a hidden lesson is hidden; moved back, it shows again.
    await prisma.lesson.update({ where: { id: lesson1.id }, data: { archivedAt: now } });
    const moved = a.flashcardIds[0]!;
    await prisma.flashcard.update({ where: { id: moved }, data: { lessonId: lesson1.id } });
    expect((await flags(a.user.id))[moved]).toBe(false);
    await prisma.flashcard.update({ where: { id: moved }, data: { lessonId: lesson0.id } });
    expect((await flags(a.user.id))[moved]).toBe(true);
  });

  it("is set on insert from the content as it is (an item made for a draft card is not live)", async () => {
    const { flashcardIds, questionIds } = await makeCourse(prisma, {
      cards: 2,
      questions: 1,
    });
    const user = await makeUser(prisma);
    await prisma.flashcard.update({ where: { id: flashcardIds[0]! }, data: { status: "draft" } });
    await prisma.question.update({ where: { id: questionIds[0]! }, data: { archivedAt: now } });
    // A quiz answer on each (quiz answers are not refused for hidden content; the queue must still leave them out).
    for (const item of [
      { flashcardId: flashcardIds[0]! },
      { flashcardId: flashcardIds[1]! },
      { questionId: questionIds[0]! },
    ])
      await applyRating(prisma, {
        userId: user.id,
        item,
        rating: 1,
        durationMs: 1,
        source: "quiz",
        now,
      });
    const f = await flags(user.id);
    expect([f[flashcardIds[0]!], f[flashcardIds[1]!], f[questionIds[0]!]]).toEqual([
      false,
      true,
      false,
    ]);
    const q = await studyQueue(sql, await loadStudySettings(sql, user.id), {
      now: new Date(now.getTime() + 2 * 60_000),
    });
    expect(q.counts.learning).toBe(1);
    expect(q.next).toMatchObject({ flashcardId: flashcardIds[1] });
  });
});

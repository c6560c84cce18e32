import { describe, expect, it } from "vitest";
import { applyRating } from "../../lib/srs/apply";
import { studyQueue } from "../../lib/srs/queue";
import { loadStudySettings } from "../../lib/srs/settings";
import { sqlOf } from "../../lib/db-raw";
import { testPrisma } from "../helpers/db";
import { makeCourse, makeUser } from "./helpers";

const prisma = await testPrisma();
const HOUR = 3_600_000;
const rate = (userId: string, flashcardId: string, rating: number, now: Date) =>
  applyRating(prisma, {
    userId,
    item: { flashcardId },
    rating,
    durationMs: 1,
    source: "review",
    now,
  });
// The production path: raw SQL straight on the client's own connection (lib/db/sql.ts), not $queryRaw.
const sql = await sqlOf(prisma);
const queue = async (userId: string, now: Date, courseSlug?: string) =>
  studyQueue(sql, await loadStudySettings(sql, userId), { now, courseSlug });

describe("the due queue", () => {
  it("offers new cards in lesson order, up to the daily new limit, counted against today's introductions", async () => {
    const { course, flashcardIds } = await makeCourse(prisma, {
      lessons: 2,
      cards: 3,
      questions: 1,
    });
    const user = await makeUser(prisma);
    await prisma.studySettings.create({ data: { userId: user.id, newPerDay: 4 } });
    const now = new Date("2025-05-01T12:00:00Z");
    const first = await queue(user.id, now, course.slug);
    expect(first.counts).toEqual({ learning: 0, review: 0, new: 4 });
    expect(first.next).toMatchObject({ flashcardId: flashcardIds[0], reviewItemId: null });
    await rate(user.id, flashcardIds[0]!, 4, now);
    await rate(user.id, flashcardIds[1]!, 4, now);
    const later = await queue(user.id, new Date(now.getTime() + HOUR), course.slug);
    expect(later.counts.new).toBe(2);
    expect(later.next).toMatchObject({ flashcardId: flashcardIds[2] });
  });

  it("shows learning cards before reviews and new cards", async () => {
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 4 });
    const user = await makeUser(prisma);
    const t0 = new Date("2025-05-01T12:00:00Z");
    await rate(user.id, flashcardIds[0]!, 4, new Date(t0.getTime() - 20 * 24 * HOUR)); // a review, long overdue
    await rate(user.id, flashcardIds[1]!, 1, t0); // learning, due in 1 minute
    const soon = new Date(t0.getTime() + 2 * 60_000);
    const q = await queue(user.id, soon, course.slug);
    expect(q.counts).toMatchObject({ learning: 1, review: 1 });
    expect(q.next).toMatchObject({ flashcardId: flashcardIds[1] });
  });

  it("'today' follows the learner's time zone and day-start hour", async () => {
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 3 });
    const [la, tokyo] = [await makeUser(prisma), await makeUser(prisma)];
    await prisma.studySettings.create({
      data: { userId: la.id, timeZone: "America/Los_Angeles", dayStartHour: 4, newPerDay: 1 },
    });
    await prisma.studySettings.create({
      data: { userId: tokyo.id, timeZone: "Asia/Tokyo", dayStartHour: 4, newPerDay: 1 },
    });
    // 2025-06-10 18:30 UTC = 11:30 in Los Angeles (Jun 10) = 03:30 in Tokyo on Jun 11, still Tokyo's Jun 10 study day.
    const evening = new Date("2025-06-10T18:30:00Z");
    await rate(la.id, flashcardIds[0]!, 4, evening);
    await rate(tokyo.id, flashcardIds[0]!, 4, evening);
    // 19:30 UTC = 12:30 in LA (same day: limit used) but 04:30 in Tokyo (a new day: one new card again).
    const hourLater = new Date("2025-06-10T19:30:00Z");
    expect((await queue(la.id, hourLater, course.slug)).counts.new).toBe(0);
    expect((await queue(tokyo.id, hourLater, course.slug)).counts.new).toBe(1);

    // A review due at 12:00 UTC on Jun 11 falls inside Tokyo's study day (ends 19:00 UTC) but after LA's (ends 11:00 UTC).
    await prisma.reviewItem.updateMany({
      where: { userId: { in: [la.id, tokyo.id] } },
      data: { state: 2, due: new Date("2025-06-11T12:00:00Z") },
    });
    const at = new Date("2025-06-11T02:00:00Z"); // LA: Jun 10 19:00 (day ends 11:00 UTC Jun 11); Tokyo: Jun 11 11:00 (day ends 19:00 UTC Jun 11)
    expect((await queue(la.id, at, course.slug)).counts.review).toBe(0);
    expect((await queue(tokyo.id, at, course.slug)).counts.review).toBe(1);
  });

  it("caps reviews at the daily maximum", async () => {
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 3 });
    const user = await makeUser(prisma);
    await prisma.studySettings.create({
      data: { userId: user.id, maxReviewsPerDay: 2, newPerDay: 0 },
    });
    const past = new Date("2025-01-01T12:00:00Z");
    for (const id of flashcardIds) await rate(user.id, id, 4, past);
    expect(
      (await queue(user.id, new Date("2025-07-01T12:00:00Z"), course.slug)).counts.review,
    ).toBe(2);
  });
  it("counts 'due by the end of tomorrow' to tomorrow's wall-clock end across a DST change (New York, 2025-10-31)", async () => {
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 2 });
    const user = await makeUser(prisma);
    await prisma.studySettings.create({
      data: { userId: user.id, timeZone: "America/New_York", newPerDay: 0 },
    });
    const now = new Date("2025-10-31T16:00:00Z");
    const r = await rate(user.id, flashcardIds[0]!, 3, now);
    // Due 03:30 EST on Nov 2: still Nov 1's study day, which ends at 04:00 EST = 09:00Z (25 hours after Nov 1 began).
    await prisma.reviewItem.update({
      where: { id: r.itemId },
      data: { state: 2, due: new Date("2025-11-02T08:30:00Z") },
    });
    const later = await queue(user.id, now, course.slug);
    expect(later.next).toBeNull();
    expect(later.dueTomorrow).toBe(1);
  });
});

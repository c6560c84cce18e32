/**
 * Suspend and bury from the review session: out of the queue (bury only until the next study day),
 * ratings for them refused with a 4xx that writes nothing, each undone by the one undo stack, and
 * unsuspend / unbury from the card list (/review/cards) logged the same way.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testPrisma } from "../helpers/db";
import { asCurrent, makeCourse, signedInLearner, postForJson } from "./helpers";
import { session } from "../helpers/session";
import { clockOf, studyDayNumber, studyDayStart } from "../../lib/srs/day";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { POST } = await import("../../app/api/review/route");
const { bulkCards } = await import("../../app/(learn)/review/cards/actions");
const { flagCard, rateCard, reviewState, undoLast } = await import("../../lib/srs/review");
const { browseCards } = await import("../../lib/srs/browse");
const { browseQuerySchema } = await import("../../lib/validations/browse");
type Show = "flagged" | "suspended";
const flaggedCards = async (me: ReturnType<typeof asCurrent>, show: Show = "flagged") =>
  (await browseCards(me, browseQuerySchema.parse({ show, sort: "reviewed" }))).rows.map((r) => ({
    ...r,
    buriedUntil: r.buried ? true : null,
  }));
const { listCourseSummaries } = await import("../../lib/stats/overview");

const prisma = await testPrisma();
let n = 0;
const rid = () => `flags-${Date.now()}-${++n}`;
const post = (body: unknown) =>
  postForJson<{ ok: boolean; error?: string }>(POST, "/api/review", body);

const learner = () => signedInLearner(prisma);
const written = async (userId: string) => ({
  logs: await prisma.reviewLog.count({ where: { userId } }),
  items: await prisma.reviewItem.findMany({ where: { userId }, orderBy: { id: "asc" } }),
});
const contentOf = (s: Awaited<ReturnType<typeof reviewState>>) => s.card?.contentId ?? null;

describe("suspend and bury", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("a suspended card leaves the queue, its rating gets 409 and writes nothing, Z brings it back", async () => {
    const user = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 3 });
    const me = asCurrent(user);
    const first = await reviewState(me, course.slug);
    expect(contentOf(first)).toBe(flashcardIds[0]);
    expect(first.counts.new).toBe(3);

    // Suspend the card on screen (a new one: it gets an item to hold the flag).
    const { status, json } = await post({
      action: "suspend",
      itemRef: { flashcardId: flashcardIds[0] },
      courseSlug: course.slug,
    });
    expect(status).toBe(200);
    const after = (json as unknown as { review: Awaited<ReturnType<typeof reviewState>> }).review;
    expect(after.card?.contentId).toBe(flashcardIds[1]);
    expect(after.counts.new).toBe(2);
    expect(after.canUndo).toBe(true);

    // A rating for it, by either reference: 409 with a message, nothing written.
    const item = await prisma.reviewItem.findFirstOrThrow({ where: { userId: user.id } });
    expect(item.suspendedAt).not.toBeNull();
    const before = await written(user.id);
    for (const itemRef of [{ flashcardId: flashcardIds[0] }, { reviewItemId: item.id }]) {
      const refused = await post({ itemRef, rating: 3, requestId: rid(), durationMs: 10 });
      expect(refused.status).toBe(409);
      expect(refused.json.error).toMatch(/suspended/);
    }
    expect(await written(user.id)).toEqual(before);
    // Suspending twice is refused too (nothing to change).
    expect((await post({ action: "suspend", itemRef: { reviewItemId: item.id } })).status).toBe(
      409,
    );

    // Undo: the card is shown again and, as suspending created its item, no item is left.
    const undone = await undoLast(me, course.slug);
    expect(undone).toMatchObject({ ok: true, undone: "suspend" });
    expect(undone.ok && contentOf(undone.review)).toBe(flashcardIds[0]);
    expect(await written(user.id)).toEqual({ logs: 0, items: [] });
  });

  it("undo takes back the last action whatever it was: suspend of one card, then the rating before it", async () => {
    const user = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 3 });
    const me = asCurrent(user);
    const now = new Date();
    const rated = await rateCard(
      me,
      { itemRef: { flashcardId: flashcardIds[0]! }, rating: 4, requestId: rid(), durationMs: 5 },
      now,
    );
    expect(rated.ok).toBe(true);
    const graduated = await prisma.reviewItem.findFirstOrThrow({
      where: { userId: user.id, flashcardId: flashcardIds[0] },
    });
    // Suspend a card that has a schedule: the schedule is kept, only the flag changes.
    expect(
      await flagCard(me, { reviewItemId: graduated.id }, "suspend", course.slug, now),
    ).toMatchObject({ ok: true });
    const suspended = await prisma.reviewItem.findUniqueOrThrow({ where: { id: graduated.id } });
    expect({ ...suspended, suspendedAt: null, updatedAt: null }).toEqual({
      ...graduated,
      updatedAt: null,
    });

    const one = await undoLast(me, course.slug, now);
    expect(one).toMatchObject({ ok: true, undone: "suspend" });
    const back = await prisma.reviewItem.findUniqueOrThrow({ where: { id: graduated.id } });
    expect({ ...back, updatedAt: null }).toEqual({ ...graduated, updatedAt: null });
    const two = await undoLast(me, course.slug, now);
    expect(two).toMatchObject({ ok: true, undone: "rating" });
    expect(await written(user.id)).toEqual({ logs: 0, items: [] });
  });

  it("a buried card is gone until the learner's next study day starts (their zone and hour), then comes back", async () => {
    const user = await learner();
    await prisma.studySettings.create({
      data: { userId: user.id, timeZone: "America/New_York", dayStartHour: 4 },
    });
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 2 });
    const me = asCurrent(user);
    // 23:30 in New York on 2025-10-31: the next study day starts 2025-11-01 04:00 EDT = 08:00Z.
    const now = new Date("2025-11-01T03:30:00Z");
    const clock = clockOf({ timeZone: "America/New_York", dayStartHour: 4 });
    const nextDay = studyDayStart(studyDayNumber(now, clock) + 1, clock);
    expect(nextDay.toISOString()).toBe("2025-11-01T08:00:00.000Z");

    const buried = await flagCard(me, { flashcardId: flashcardIds[0]! }, "bury", course.slug, now);
    expect(buried.ok && contentOf(buried.review)).toBe(flashcardIds[1]);
    const item = await prisma.reviewItem.findFirstOrThrow({ where: { userId: user.id } });
    expect(item.buriedUntil?.toISOString()).toBe(nextDay.toISOString());

    // Still buried a minute before the day starts: rating refused, nothing written.
    const minuteBefore = new Date(nextDay.getTime() - 60_000);
    const before = await written(user.id);
    const refused = await rateCard(
      me,
      { itemRef: { reviewItemId: item.id }, rating: 3, requestId: rid(), durationMs: 5 },
      minuteBefore,
    );
    expect(refused).toMatchObject({ ok: false, status: 409 });
    expect(await written(user.id)).toEqual(before);
    expect((await reviewState(me, course.slug, minuteBefore)).counts.new).toBe(1);

    // The next study day: back in the queue, first in order again, and it can be rated.
    const tomorrow = await reviewState(me, course.slug, nextDay);
    expect(contentOf(tomorrow)).toBe(flashcardIds[0]);
    expect(tomorrow.counts.new).toBe(2);
    expect(
      await rateCard(
        me,
        { itemRef: { reviewItemId: item.id }, rating: 3, requestId: rid(), durationMs: 5 },
        nextDay,
      ),
    ).toMatchObject({ ok: true });
  });

  it("the card list shows suspended and buried cards; unsuspend and unbury there put them back, and Z undoes that", async () => {
    const user = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 3 });
    const me = asCurrent(user);
    await flagCard(me, { flashcardId: flashcardIds[0]! }, "suspend");
    await flagCard(me, { flashcardId: flashcardIds[1]! }, "bury");
    const listed = await flaggedCards(me);
    expect(listed.map((c) => [c.text, c.suspended, c.buriedUntil !== null])).toEqual([
      ["Front 0", true, false],
      ["Front 1", false, true],
    ]);
    expect((await flaggedCards(me, "suspended")).map((c) => c.text)).toEqual(["Front 0"]);
    expect((await reviewState(me, course.slug)).counts.new).toBe(1);

    const form = (reviewItemId: string | null, action: string) => {
      const f = new FormData();
      f.set("card", `${action}:${reviewItemId}`);
      return bulkCards({ ok: false, message: "" }, f);
    };
    const buriedCard = listed.find((c) => c.buried);
    const suspendedCard = listed.find((c) => c.suspended);
    expect(await form(suspendedCard!.reviewItemId, "unsuspend")).toMatchObject({ ok: true });
    expect(await form(buriedCard!.reviewItemId, "unbury")).toMatchObject({ ok: true });
    expect(await flaggedCards(me)).toEqual([]);
    expect((await reviewState(me, course.slug)).counts.new).toBe(3);
    // Bad input and a second unsuspend: a message, nothing written.
    const logs = await prisma.reviewLog.count({ where: { userId: user.id } });
    expect(await form(suspendedCard!.reviewItemId, "unsuspend")).toMatchObject({ ok: false });
    expect(await form(suspendedCard!.reviewItemId, "delete")).toMatchObject({ ok: false });
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(logs);

    // Undo in review takes back the unbury (the card is buried again, and not shown), then the unsuspend.
    const one = await undoLast(me, course.slug);
    expect(one).toMatchObject({ ok: true, undone: "unbury" });
    expect(one.ok && one.review.counts.new).toBe(2);
    expect(one.ok && contentOf(one.review)).toBe(flashcardIds[0]);
    const two = await undoLast(me, course.slug);
    expect(two).toMatchObject({ ok: true, undone: "unsuspend" });
    expect((await flaggedCards(me)).map((c) => c.text).sort()).toEqual(["Front 0", "Front 1"]);
  });

  it("a suspended card isn't counted as due on the course list; unsuspended, it is again", async () => {
    const user = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 1 });
    const me = asCurrent(user);
    const now = new Date();
    await rateCard(
      me,
      { itemRef: { flashcardId: flashcardIds[0]! }, rating: 1, requestId: rid(), durationMs: 5 },
      now,
    );
    const due = async () =>
      (await listCourseSummaries(me, now)).find((c) => c.slug === course.slug)?.dueToday;
    expect(await due()).toBe(1);
    await flagCard(me, { flashcardId: flashcardIds[0]! }, "suspend", undefined, now);
    expect(await due()).toBe(0);
    await flagCard(me, { flashcardId: flashcardIds[0]! }, "unsuspend", undefined, now);
    expect(await due()).toBe(1);
  });

  it("someone else's card can't be suspended (404, nothing written)", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const alice = await learner();
    await rateCard(asCurrent(alice), {
      itemRef: { flashcardId: flashcardIds[0]! },
      rating: 3,
      requestId: rid(),
      durationMs: 5,
    });
    const item = await prisma.reviewItem.findFirstOrThrow({ where: { userId: alice.id } });
    const bob = await learner();
    const res = await post({ action: "suspend", itemRef: { reviewItemId: item.id } });
    expect(res.status).toBe(404);
    expect(await prisma.reviewLog.count({ where: { userId: bob.id } })).toBe(0);
    expect(
      (await prisma.reviewItem.findUniqueOrThrow({ where: { id: item.id } })).suspendedAt,
    ).toBe(null);
  });
});

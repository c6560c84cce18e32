/**
 * Custom study: cram (a lesson's cards whatever their schedule) logs "cram" and leaves the schedule
 * alone unless asked to reschedule; review ahead reschedules (an early review); the cards failed
 * today; stats and daily limits never count a cram log; bad input, cards outside the session and
 * other learners' cards are refused with nothing written; undo takes a cram rating back.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testPrisma } from "../helpers/db";
import { yesterdayNoonUtc } from "../helpers/clock";
import { asCurrent, makeCourse, signedInLearner, postForJson } from "./helpers";
import { session } from "../helpers/session";
import { customSpecSchema, type CustomSpec } from "../../lib/validations/custom-study";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { POST } = await import("../../app/api/review/custom/route");
const { customSession, rateCustom } = await import("../../lib/srs/custom-study");
const { rateCard, reviewState } = await import("../../lib/srs/review");
const { trueRetention } = await import("../../lib/stats/retention");
const { progressDownload } = await import("../../lib/transfer/export");
const { collectionRows } = await import("../transfer/apkg-read");

const prisma = await testPrisma();
let n = 0;
const rid = () => `custom-${Date.now()}-${++n}`;
const DAY = 86_400_000;
type Me = ReturnType<typeof asCurrent>;

async function learner() {
  const user = await signedInLearner(prisma);
  return { user, me: asCurrent(user) };
}
const post = (body: unknown) => postForJson(POST, "/api/review/custom", body);
const rate = (me: Me, flashcardId: string, rating: number, now?: Date) =>
  rateCard(me, { itemRef: { flashcardId }, rating, requestId: rid(), durationMs: 5 }, now);
/** A card rated into review a while ago, due `dueIn` days from now. */
async function reviewCardDueIn(me: Me, userId: string, flashcardId: string, dueIn: number) {
  const past = new Date(Date.now() - 20 * DAY);
  await rate(me, flashcardId, 3, past);
  await rate(me, flashcardId, 3, new Date(past.getTime() + 700_000));
  await prisma.reviewItem.updateMany({
    where: { userId, flashcardId },
    data: { due: new Date(Date.now() + dueIn * DAY), scheduledDays: 25 },
  });
  return prisma.reviewItem.findFirstOrThrow({ where: { userId, flashcardId } });
}
const spec = (s: Record<string, unknown>): CustomSpec => customSpecSchema.parse(s);
const custom = (
  me: Me,
  s: CustomSpec,
  itemRef: object,
  rating: number,
  next: object | null = null,
) =>
  rateCustom(me, {
    spec: s,
    itemRef: itemRef as { flashcardId: string },
    rating,
    requestId: rid(),
    durationMs: 900,
    next: next as null,
  });

describe("custom study", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("cram: a lesson's cards whatever their schedule; ratings logged as cram, the schedule untouched, stats and limits not counting them", async () => {
    const { user, me } = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 4 });
    const [a, b, c, d] = flashcardIds as [string, string, string, string];
    const itemA = await reviewCardDueIn(me, user.id, a, 10);
    await prisma.reviewItem.create({
      data: { userId: user.id, flashcardId: d, due: new Date(), suspendedAt: new Date() },
    });
    const lesson = await prisma.lesson.findFirstOrThrow({ where: { courseId: course.id } });
    const cram = spec({ mode: "cram", lesson: lesson.slug });
    const started = await customSession(me, cram);
    if ("error" in started) throw new Error(started.error);
    // Suspended d left out; a (due in 10 days) and b, c (never met) in.
    expect(started.refs).toEqual([
      { reviewItemId: itemA.id },
      { flashcardId: b },
      { flashcardId: c },
    ]);
    expect(started.card?.contentId).toBe(a);

    const newBefore = (await reviewState(me, course.slug)).counts.new;
    const retentionBefore = await trueRetention(user.id, course.id, new Date(0));
    const logsBefore = await prisma.reviewLog.count({ where: { userId: user.id } });
    const r1 = await custom(me, cram, { reviewItemId: itemA.id }, 1, { flashcardId: b });
    expect(r1).toMatchObject({ ok: true, cram: true, card: { contentId: b } });
    expect(await custom(me, cram, { flashcardId: b }, 3)).toMatchObject({ ok: true, cram: true });
    // a's schedule exactly as it was; b got a New item only to hold its log.
    const afterA = await prisma.reviewItem.findUniqueOrThrow({ where: { id: itemA.id } });
    expect({ ...afterA, updatedAt: null }).toEqual({ ...itemA, updatedAt: null });
    const itemB = await prisma.reviewItem.findFirstOrThrow({
      where: { userId: user.id, flashcardId: b },
    });
    expect(itemB).toMatchObject({ state: 0, reps: 0, lastReview: null });
    const logs = await prisma.reviewLog.findMany({
      where: { userId: user.id },
      orderBy: { id: "asc" },
    });
    expect(logs.length).toBe(logsBefore + 2);
    expect(logs.slice(-2).map((l) => [l.source, l.rating])).toEqual([
      ["cram", 1],
      ["cram", 3],
    ]);
    // Not counted: the new-card limit is where it was, retention the same.
    expect((await reviewState(me, course.slug)).counts.new).toBe(newBefore);
    expect(await trueRetention(user.id, course.id, new Date(0))).toEqual(retentionBefore);

    // Undo takes the last cram rating back (b has no item again), then the one before.
    expect((await post({ action: "undo" })).json).toMatchObject({ ok: true, undone: "cram" });
    expect(await prisma.reviewItem.count({ where: { userId: user.id, flashcardId: b } })).toBe(0);
    expect((await post({ action: "undo" })).json).toMatchObject({
      ok: true,
      undone: "cram",
      card: { contentId: a },
    });
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(logsBefore);
  });

  it("cram with 'reschedule cards based on my answers' rates as a review", async () => {
    const { user, me } = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 1 });
    const item = await reviewCardDueIn(me, user.id, flashcardIds[0]!, 10);
    const lesson = await prisma.lesson.findFirstOrThrow({ where: { courseId: course.id } });
    const s = spec({ mode: "cram", lesson: lesson.slug, reschedule: "on" });
    expect(await custom(me, s, { reviewItemId: item.id }, 1)).toMatchObject({
      ok: true,
      cram: false,
    });
    const after = await prisma.reviewItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after.state).toBe(3);
    expect(after.lapses).toBe(item.lapses + 1);
    const last = await prisma.reviewLog.findFirstOrThrow({
      where: { userId: user.id },
      orderBy: { reviewedAt: "desc" },
    });
    expect(last.source).toBe("review");
  });

  it("review ahead: review cards due in the next N days, rated as early reviews that reschedule", async () => {
    const { user, me } = await learner();
    const { flashcardIds } = await makeCourse(prisma, { cards: 3 });
    const soon = await reviewCardDueIn(me, user.id, flashcardIds[0]!, 2);
    await reviewCardDueIn(me, user.id, flashcardIds[1]!, 12);
    const ahead = await customSession(me, spec({ mode: "ahead", days: "5" }));
    if ("error" in ahead) throw new Error(ahead.error);
    expect(ahead.refs).toEqual([{ reviewItemId: soon.id }]);
    const wider = await customSession(me, spec({ mode: "ahead", days: "30" }));
    expect("refs" in wider && wider.refs.length).toBe(2);

    expect(
      await custom(me, spec({ mode: "ahead", days: "5" }), { reviewItemId: soon.id }, 3),
    ).toMatchObject({
      ok: true,
      cram: false,
    });
    const after = await prisma.reviewItem.findUniqueOrThrow({ where: { id: soon.id } });
    expect(after.reps).toBe(soon.reps + 1);
    expect(after.lastReview!.getTime()).toBeGreaterThan(soon.lastReview!.getTime());
    expect(after.due.getTime()).not.toBe(soon.due.getTime());
    // A new card is no review-ahead card: refused, nothing written.
    const logs = await prisma.reviewLog.count({ where: { userId: user.id } });
    expect(
      await custom(me, spec({ mode: "ahead", days: "5" }), { flashcardId: flashcardIds[2] }, 3),
    ).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(logs);
  });

  it("the cards failed today: only those rated Again today; practice unless rescheduling", async () => {
    const { user, me } = await learner();
    const { flashcardIds } = await makeCourse(prisma, { cards: 3 });
    const [a, b, c] = flashcardIds as [string, string, string];
    await rate(me, a, 1);
    await rate(me, b, 3);
    await reviewCardDueIn(me, user.id, c, 5);
    const failed = await customSession(me, spec({ mode: "failed" }));
    if ("error" in failed) throw new Error(failed.error);
    const itemA = await prisma.reviewItem.findFirstOrThrow({
      where: { userId: user.id, flashcardId: a },
    });
    expect(failed.refs).toEqual([{ reviewItemId: itemA.id }]);
    expect(await custom(me, spec({ mode: "failed" }), { reviewItemId: itemA.id }, 3)).toMatchObject(
      {
        ok: true,
        cram: true,
      },
    );
    const after = await prisma.reviewItem.findUniqueOrThrow({ where: { id: itemA.id } });
    expect({ ...after, updatedAt: null }).toEqual({ ...itemA, updatedAt: null });
    // b wasn't failed: refused.
    const itemB = await prisma.reviewItem.findFirstOrThrow({
      where: { userId: user.id, flashcardId: b },
    });
    expect(await custom(me, spec({ mode: "failed" }), { reviewItemId: itemB.id }, 3)).toMatchObject(
      {
        ok: false,
        status: 404,
      },
    );
  });

  it("the finished screen's suggestions: failed today, due ahead, the next lesson", async () => {
    const { me } = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { lessons: 2, cards: 1 });
    await prisma.studySettings.upsert({
      where: { userId: me.id },
      create: { userId: me.id, newPerDay: 1 },
      update: { newPerDay: 1 },
    });
    // Yesterday at noon UTC (the learner's day starts at 04:00 UTC): the 23 minutes below never
    // cross into the next study day, where a new card would come up (it failed when run at 03:43).
    const noon = yesterdayNoonUtc();
    const at = (minutes: number) => new Date(noon.getTime() + minutes * 60_000);
    await rate(me, flashcardIds[0]!, 1, at(0));
    await rate(me, flashcardIds[0]!, 3, at(11));
    await rate(me, flashcardIds[0]!, 3, at(22));
    const done = await reviewState(me, course.slug, at(23));
    expect(done.card).toBeNull();
    expect(done.suggestions).toMatchObject({
      failedToday: 1,
      nextLesson: { title: "Lesson 1", courseTitle: course.title },
    });
  });

  it("the Anki progress export marks a cram rating as Anki's Filtered kind (type 3), a review as a review", async () => {
    const { user, me } = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 1 });
    await rate(me, flashcardIds[0]!, 3);
    const lesson = await prisma.lesson.findFirstOrThrow({ where: { courseId: course.id } });
    const item = await prisma.reviewItem.findFirstOrThrow({ where: { userId: user.id } });
    await custom(me, spec({ mode: "cram", lesson: lesson.slug }), { reviewItemId: item.id }, 2);
    const rows = collectionRows((await progressDownload()).body as Uint8Array);
    expect(rows.revlog.map((r) => [r.ease, r.type])).toEqual([
      [3, 0],
      [2, 3],
    ]);
  });

  it("refuses bad input, cards outside the session and other learners' cards; nothing written", async () => {
    const other = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { lessons: 2, cards: 1 });
    await rate(other.me, flashcardIds[0]!, 3);
    const theirs = await prisma.reviewItem.findFirstOrThrow({ where: { userId: other.user.id } });
    const { user } = await learner();
    const [l0, l1] = await prisma.lesson.findMany({
      where: { courseId: course.id },
      orderBy: { position: "asc" },
    });
    const ok = {
      spec: { mode: "cram", lesson: l0!.slug },
      itemRef: { flashcardId: flashcardIds[0] },
      rating: 3,
      requestId: rid(),
      durationMs: 10,
      next: null,
    };
    const bad: [unknown, number, RegExp?][] = [
      [{ ...ok, rating: 5 }, 400, /rating must be 1/],
      [{ ...ok, spec: { mode: "sideways" } }, 400, /mode is ahead, failed or cram/],
      [{ ...ok, spec: { mode: "ahead", days: 31 } }, 400, /days is a whole number from 1 to 30/],
      [{ ...ok, spec: { mode: "cram", lesson: "" } }, 400, /choose a lesson/],
      [{ ...ok, extra: 1 }, 400],
      [{ ...ok, requestId: "x" }, 400, /requestId/],
      [{ action: "redo" }, 400],
      // A card of the other lesson, someone else's item, an unknown card.
      [{ ...ok, spec: { mode: "cram", lesson: l1!.slug } }, 404, /isn't part of this custom study/],
      [{ ...ok, itemRef: { reviewItemId: theirs.id } }, 404],
      [{ ...ok, itemRef: { flashcardId: "no-such-card" } }, 404],
    ];
    for (const [body, status, error] of bad) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      if (error) expect(String(res.json.error)).toMatch(error);
    }
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.reviewItem.count({ where: { userId: user.id } })).toBe(0);
    // The same requestId twice records one rating.
    expect((await post(ok)).status).toBe(200);
    expect((await post(ok)).json).toMatchObject({ ok: true, duplicate: true });
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    // Signed out: 401.
    session.current = null;
    expect((await post({ ...ok, requestId: rid() })).status).toBe(401);
  });
});

/**
 * Buried siblings (a flashcard and a question from the same lesson section are not both shown the same
 * study day; a setting turns it off) and leeches (the lapse that reaches the threshold tags the card,
 * and suspends it unless the learner chose "tag"), through the review session's own code.
 */
import { describe, expect, it, vi } from "vitest";
import { State } from "ts-fsrs";
import { testPrisma } from "../helpers/db";
import {
  asCurrent,
  makeCourse,
  makeUser,
  signedInLearner,
  sectionCourse,
  settingsForm,
} from "./helpers";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { saveSettings } = await import("../../app/(learn)/settings/actions");
const { rateCard, reviewState, undoLast } = await import("../../lib/srs/review");

const prisma = await testPrisma();
let n = 0;
const rid = () => `sib-${Date.now()}-${++n}`;
type Learner = Awaited<ReturnType<typeof makeUser>>;

const learner = () => signedInLearner(prisma);
const rate = (user: Learner, itemRef: object, rating: number, now: Date) =>
  rateCard(
    asCurrent(user),
    { itemRef: itemRef as { flashcardId: string }, rating, requestId: rid(), durationMs: 5 },
    now,
  );
const form = (values: Record<string, string>) =>
  saveSettings({ ok: false, message: "", fieldErrors: {} }, settingsForm(values));

describe("buried siblings", () => {
  it("answering a flashcard buries the question of its section until the next study day; undo unburies it", async () => {
    const user = await learner();
    const { course, flashcardIds, questionIds } = await sectionCourse(prisma);
    const me = asCurrent(user);
    const now = new Date("2025-06-10T12:00:00Z");
    expect((await reviewState(me, course.slug, now)).counts.new).toBe(3);

    expect(await rate(user, { flashcardId: flashcardIds[0] }, 3, now)).toMatchObject({ ok: true });
    const sibling = await prisma.reviewItem.findFirstOrThrow({
      where: { userId: user.id, questionId: questionIds[0] },
    });
    // UTC learner, day starts 4 am: the next study day starts 2025-06-11 04:00Z.
    expect(sibling.buriedUntil?.toISOString()).toBe("2025-06-11T04:00:00.000Z");
    expect(sibling.state).toBe(State.New);
    // Today: c1 is the only new card left; the question is never next, even after c1.
    const later = await reviewState(me, course.slug, now);
    expect(later.counts.new).toBe(1);
    expect(later.card?.contentId).not.toBe(questionIds[0]);
    await rate(user, { flashcardId: flashcardIds[1] }, 4, now);
    const shown: string[] = [];
    for (let t = now.getTime(); t < now.getTime() + 3_600_000; t += 600_000) {
      const s = await reviewState(me, course.slug, new Date(t));
      if (s.card) shown.push(s.card.contentId);
    }
    expect(shown).not.toContain(questionIds[0]);
    // Tomorrow it's back.
    const tomorrow = await reviewState(me, course.slug, new Date("2025-06-11T04:00:00Z"));
    expect(tomorrow.counts.new).toBe(1);

    // Undo c1's rating, then c0's: the sibling's burial goes with c0's rating (its item too, burying created it).
    await undoLast(me, course.slug, now);
    const undone = await undoLast(me, course.slug, now);
    expect(undone).toMatchObject({ ok: true, undone: "rating" });
    expect(await prisma.reviewItem.count({ where: { userId: user.id } })).toBe(0);
    expect((await reviewState(me, course.slug, now)).counts.new).toBe(3);
  });

  it("a question buries the flashcard of its section too, and a review due today; not a card in another section", async () => {
    const user = await learner();
    const { course, flashcardIds, questionIds } = await sectionCourse(prisma);
    const me = asCurrent(user);
    const day1 = new Date("2025-06-10T12:00:00Z");
    // c0 graduates (Easy) with burying off, so it is a review due some days later.
    await prisma.studySettings.create({ data: { userId: user.id, buryRelated: false } });
    await rate(user, { flashcardId: flashcardIds[0] }, 4, day1);
    await prisma.studySettings.update({ where: { userId: user.id }, data: { buryRelated: true } });
    const c0 = await prisma.reviewItem.findFirstOrThrow({
      where: { userId: user.id, flashcardId: flashcardIds[0] },
    });
    const dueDay = new Date(c0.due.getTime() + 60_000);
    await rate(user, { questionId: questionIds[0] }, 3, dueDay);
    const after = await prisma.reviewItem.findUniqueOrThrow({ where: { id: c0.id } });
    expect(after.buriedUntil).not.toBeNull();
    expect(after.due).toEqual(c0.due);
    const state = await reviewState(me, course.slug, dueDay);
    expect(state.counts.review).toBe(0);
    // c1 has no section: untouched.
    expect(
      await prisma.reviewItem.count({ where: { userId: user.id, flashcardId: flashcardIds[1] } }),
    ).toBe(0);
  });

  it("turned off in /settings, both are shown the same day", async () => {
    const user = await learner();
    const { course, flashcardIds, questionIds } = await sectionCourse(prisma);
    expect(await form({ buryRelated: "off" })).toMatchObject({ ok: true });
    expect(
      (await prisma.studySettings.findUniqueOrThrow({ where: { userId: user.id } })).buryRelated,
    ).toBe(false);
    const now = new Date("2025-06-10T12:00:00Z");
    await rate(user, { flashcardId: flashcardIds[0] }, 3, now);
    expect(
      await prisma.reviewItem.count({ where: { userId: user.id, questionId: questionIds[0] } }),
    ).toBe(0);
    expect((await reviewState(asCurrent(user), course.slug, now)).counts.new).toBe(2);
    // The form sends the hidden "off", then the ticked checkbox's "on": on again.
    const f = new FormData();
    for (const [k, v] of [
      ["desiredRetention", "0.9"],
      ["newPerDay", "20"],
      ["maxReviewsPerDay", "200"],
      ["learningSteps", "1m"],
      ["relearningSteps", "10m"],
      ["timeZone", "UTC"],
      ["dayStartHour", "4"],
      ["buryRelated", "off"],
      ["buryRelated", "on"],
    ])
      f.append(k!, v!);
    expect(await saveSettings({ ok: false, message: "", fieldErrors: {} }, f)).toMatchObject({
      ok: true,
    });
    expect(
      (await prisma.studySettings.findUniqueOrThrow({ where: { userId: user.id } })).buryRelated,
    ).toBe(true);
  });
});

describe("leeches", () => {
  /** Lapses the card (Easy, then Again when due, Good to relearn, …) until `lapses`; returns the last reply. */
  async function lapse(user: Learner, flashcardId: string, lapses: number) {
    let now = new Date("2025-01-01T12:00:00Z");
    let reply = await rate(user, { flashcardId }, 4, now);
    for (let i = 0; i < 40; i++) {
      const item = await prisma.reviewItem.findFirstOrThrow({
        where: { userId: user.id, flashcardId },
      });
      if (item.lapses >= lapses) return { reply, item, now };
      now = new Date(Math.max(item.due.getTime(), now.getTime()) + 60_000);
      reply = await rate(user, { flashcardId }, item.state === State.Review ? 1 : 3, now);
      expect(reply.ok).toBe(true);
    }
    throw new Error("never lapsed enough");
  }

  it("the lapse that reaches the threshold makes the card a leech and suspends it; undo takes both back", async () => {
    const user = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 2 });
    expect(await form({ leechThreshold: "3", leechAction: "suspend" })).toMatchObject({ ok: true });
    const { reply, item, now } = await lapse(user, flashcardIds[0]!, 3);
    expect(reply).toMatchObject({ ok: true, leech: "suspend" });
    expect(item).toMatchObject({ leech: true, lapses: 3 });
    expect(item.suspendedAt).not.toBeNull();
    // Out of the queue, its rating refused.
    const state = await reviewState(asCurrent(user), course.slug, now);
    expect(state.card?.contentId).not.toBe(flashcardIds[0]);
    const logs = await prisma.reviewLog.count({ where: { userId: user.id } });
    expect(await rate(user, { reviewItemId: item.id }, 3, now)).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(logs);
    // Undo of the lapsing rating: not a leech, not suspended.
    expect(await undoLast(asCurrent(user), course.slug, now)).toMatchObject({ undone: "rating" });
    const back = await prisma.reviewItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(back).toMatchObject({ leech: false, suspendedAt: null, lapses: 2 });
  });

  it("with 'only tag', the leech stays in review; below the threshold nothing happens", async () => {
    const user = await learner();
    const { flashcardIds } = await makeCourse(prisma, { cards: 2 });
    expect(await form({ leechThreshold: "2", leechAction: "tag" })).toMatchObject({ ok: true });
    const one = await lapse(user, flashcardIds[0]!, 1);
    expect(one.item.leech).toBe(false);
    expect(one.reply).not.toHaveProperty("leech");
    const two = await lapse(user, flashcardIds[1]!, 2);
    expect(two.reply).toMatchObject({ ok: true, leech: "tag" });
    expect(two.item).toMatchObject({ leech: true, suspendedAt: null });
  });

  it("the default threshold is 8; settings out of range or unknown actions get field errors and write nothing", async () => {
    const user = await learner();
    const { flashcardIds } = await makeCourse(prisma, { cards: 1 });
    const seven = await lapse(user, flashcardIds[0]!, 7);
    expect(seven.item.leech).toBe(false);
    const eight = await lapse(user, flashcardIds[0]!, 8);
    expect(eight.item.leech).toBe(true);

    const stored = await prisma.studySettings.findUniqueOrThrow({ where: { userId: user.id } });
    for (const [field, value] of [
      ["leechThreshold", "0"],
      ["leechThreshold", "100"],
      ["leechThreshold", "2.5"],
      ["leechThreshold", ""],
      ["leechAction", "delete"],
      ["buryRelated", "maybe"],
    ] as const) {
      const result = await form({ [field]: value });
      expect(result.ok, `${field}=${value}`).toBe(false);
      expect(result.fieldErrors?.[field]?.[0]).toMatch(/\w/);
    }
    expect(await prisma.studySettings.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(
      stored,
    );
    expect(await form({ leechThreshold: "1" })).toMatchObject({ ok: true });
    expect(await form({ leechThreshold: "99" })).toMatchObject({ ok: true });
  });
});

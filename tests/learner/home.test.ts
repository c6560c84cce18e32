import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadContent } from "../../lib/content/load";
import { homeCourses } from "../../lib/learner/home";
import { MASTERY_DAYS } from "../../lib/learner/mastery";
import { markSectionRead, recordPlace, sectionsRead } from "../../lib/learner/places";
import { seedContent } from "../../lib/seed/seed";
import { testPrisma } from "../helpers/db";
import { session, signIn } from "../helpers/session";
import { writeFixture } from "../helpers/fixture-content";
import { makeItem, makeLearner, rate } from "../stats/history";

// The action's reply re-renders the page through revalidatePath (no request store here: recorded).
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));
const { markSectionReadAction } =
  await import("../../app/(learn)/courses/[courseSlug]/lessons/[lessonSlug]/actions");
const prisma = await testPrisma();
// 12:00 UTC; the study day began at 04:00 UTC.
const NOW = new Date("2025-06-15T12:00:00Z");
const UTC = { timeZone: "UTC", dayStartHour: 4 };
const COURSE = "fixture-course";
const LESSON = "fixture-lesson";
let lessonId = "";

beforeAll(async () => {
  await seedContent(prisma, await loadContent(writeFixture().root));
  lessonId = (await prisma.lesson.findUniqueOrThrow({ where: { slug: LESSON } })).id;
});

type Learner = Awaited<ReturnType<typeof makeLearner>>;
const homeOf = async (me: Learner, now = NOW) => {
  const course = (await homeCourses(me, now)).find((c) => c.slug === COURSE);
  if (!course) throw new Error("fixture course missing from home");
  return course;
};
const liveItems = async () =>
  (await prisma.flashcard.count({ where: { lessonId, archivedAt: null, status: "published" } })) +
  (await prisma.question.count({ where: { lessonId, archivedAt: null, status: "published" } }));

describe("the signed-in home's figures", () => {
  it("a new learner: nothing due, every card new (up to the daily limit), no streak, nowhere to continue, new cards first", async () => {
    const me = await makeLearner(prisma, UTC);
    const home = await homeOf(me);
    expect(home.dueNow).toBe(0);
    expect(home.newLeft).toBe(Math.min(20, await liveItems()));
    expect(home.streak.days).toBe(0);
    expect(home.continueAt).toBeNull();
    expect(home.next).toEqual({
      kind: "new",
      label: "Learn new cards",
      href: `/review?course=${COURSE}`,
    });
    const lesson = home.lessons.find((l) => l.slug === LESSON)!;
    expect(lesson.mastery).toEqual({ mastered: 0, started: 0, total: await liveItems() });
    expect([lesson.sections, lesson.sectionsRead, lesson.nextSection?.anchor]).toEqual([
      2,
      0,
      "server-calls",
    ]);
  });

  it("due now counts review cards due today and learning cards, not tomorrow's; the button starts the review", async () => {
    const me = await makeLearner(prisma, UTC);
    await makeItem(prisma, me.id, lessonId, { due: new Date("2025-06-10T00:00:00Z") }); // overdue
    await makeItem(prisma, me.id, lessonId, { due: new Date("2025-06-16T03:00:00Z") }); // before 04:00 tomorrow: today
    await makeItem(prisma, me.id, lessonId, { due: new Date("2025-06-15T11:00:00Z"), state: 1 }); // learning
    await makeItem(prisma, me.id, lessonId, { due: new Date("2025-06-16T05:00:00Z") }); // tomorrow
    const home = await homeOf(me);
    expect(home.dueNow).toBe(3);
    expect(home.next.kind).toBe("review");
    expect(home.next.href).toBe(`/review?course=${COURSE}`);
  });

  it("new cards left today drop by the new cards introduced today, down to the daily limit", async () => {
    const me = await makeLearner(prisma, UTC);
    await prisma.studySettings.update({ where: { userId: me.id }, data: { newPerDay: 3 } });
    const introduced = await makeItem(prisma, me.id, lessonId, {
      due: new Date("2025-06-20T00:00:00Z"),
    });
    await rate(prisma, me.id, introduced.id, [
      { at: new Date("2025-06-15T09:00:00Z"), stateBefore: 0 },
    ]);
    expect((await homeOf(me)).newLeft).toBe(2);
    await prisma.studySettings.update({ where: { userId: me.id }, data: { newPerDay: 1 } });
    const home = await homeOf(me);
    expect(home.newLeft).toBe(0);
    // Nothing due and no new cards left: the next step is reading, and tomorrow's count is given.
    expect(home.next).toMatchObject({ kind: "lesson", label: "Start the next lesson" });
    expect(home.next.href).toBe(`/courses/${COURSE}/lessons/${LESSON}?section=server-calls`);
    expect(home.dueTomorrow).toBe(0);
  });

  it("the streak counts consecutive study days of reviews or quiz answers, and today unstudied doesn't break it", async () => {
    const me = await makeLearner(prisma, UTC);
    const item = await makeItem(prisma, me.id, lessonId, { due: new Date("2025-07-01T00:00:00Z") });
    await rate(prisma, me.id, item.id, [
      { at: new Date("2025-06-12T10:00:00Z") }, // a gap day on the 13th
      { at: new Date("2025-06-14T10:00:00Z") },
      { at: new Date("2025-06-15T03:00:00Z") }, // before 04:00: still the 14th's study day
    ]);
    expect((await homeOf(me)).streak).toMatchObject({ days: 1, studiedToday: false });
    await rate(prisma, me.id, item.id, [{ at: new Date("2025-06-15T10:00:00Z") }]);
    expect((await homeOf(me)).streak).toMatchObject({ days: 2, studiedToday: true });
  });

  it(`mastery: items in review with stability ≥ ${MASTERY_DAYS} days over the lesson's live items`, async () => {
    const me = await makeLearner(prisma, UTC);
    const due = new Date("2025-07-01T00:00:00Z");
    const strong = await makeItem(prisma, me.id, lessonId, { due });
    const weak = await makeItem(prisma, me.id, lessonId, { due });
    const learning = await makeItem(prisma, me.id, lessonId, { due, state: 1 });
    await prisma.reviewItem.update({ where: { id: strong.id }, data: { stability: MASTERY_DAYS } });
    await prisma.reviewItem.update({ where: { id: weak.id }, data: { stability: 3 } });
    await prisma.reviewItem.update({ where: { id: learning.id }, data: { stability: 30 } });
    // Someone else's mastered card doesn't count for me.
    const other = await makeLearner(prisma, UTC);
    const theirs = await makeItem(prisma, other.id, lessonId, { due });
    await prisma.reviewItem.update({ where: { id: theirs.id }, data: { stability: 50 } });
    const lesson = (await homeOf(me)).lessons.find((l) => l.slug === LESSON)!;
    expect(lesson.mastery).toEqual({ mastered: 1, started: 3, total: await liveItems() });
  });
});

describe("continue where you left off, and reading progress", () => {
  it("the last place visited wins: a section, then a quiz, then a deck", async () => {
    const me = await makeLearner(prisma, UTC);
    const at = (m: number) => new Date(NOW.getTime() + m * 60_000);
    await recordPlace(
      me,
      { courseSlug: COURSE, kind: "section", lessonSlug: LESSON, section: "clients" },
      at(1),
    );
    expect((await homeOf(me)).continueAt).toEqual({
      href: `/courses/${COURSE}/lessons/${LESSON}?section=clients`,
      label: "Fixture Lesson — Clients",
      visitedAt: at(1),
    });
    await recordPlace(me, { courseSlug: COURSE, kind: "quiz", lessonSlug: LESSON }, at(2));
    expect((await homeOf(me)).continueAt?.href).toBe(`/courses/${COURSE}/lessons/${LESSON}/quiz`);
    await recordPlace(me, { courseSlug: COURSE, kind: "deck", lessonSlug: LESSON }, at(3));
    expect((await homeOf(me)).continueAt).toMatchObject({
      href: `/courses/${COURSE}/lessons/${LESSON}/flashcards`,
      label: "Flashcards: Fixture Lesson",
    });
    // Another learner's place is theirs alone.
    expect((await homeOf(await makeLearner(prisma, UTC))).continueAt).toBeNull();
  });

  it("opening a section is a visit, not a read: it moves the last place and counts nothing", async () => {
    const me = await makeLearner(prisma, UTC);
    const place = { courseSlug: COURSE, kind: "section", lessonSlug: LESSON } as const;
    await recordPlace(me, { ...place, section: "server-calls" });
    await recordPlace(me, { ...place, section: "clients" });
    expect((await homeOf(me)).continueAt?.href).toContain("?section=clients");
    expect(await prisma.sectionRead.count({ where: { userId: me.id } })).toBe(0);
    expect((await homeOf(me)).lessons.find((l) => l.slug === LESSON)!.sectionsRead).toBe(0);
  });

  it("a section read to its end is kept once, counted on the home page, and the next unread one is offered", async () => {
    const me = await makeLearner(prisma, UTC);
    const read = { courseSlug: COURSE, lessonSlug: LESSON };
    expect(await markSectionRead(me, { ...read, section: "server-calls" })).toEqual({ ok: true });
    const first = await prisma.sectionRead.findFirstOrThrow({ where: { userId: me.id } });
    expect(await markSectionRead(me, { ...read, section: "server-calls" })).toEqual({ ok: true });
    expect([...((await sectionsRead(me, [LESSON])).get(LESSON) ?? [])]).toEqual(["server-calls"]);
    // Idempotent: the second report keeps the first time.
    expect(
      (await prisma.sectionRead.findFirstOrThrow({ where: { userId: me.id } })).readAt,
    ).toEqual(first.readAt);
    let lesson = (await homeOf(me)).lessons.find((l) => l.slug === LESSON)!;
    expect([lesson.sectionsRead, lesson.nextSection?.anchor]).toEqual([1, "clients"]);
    await markSectionRead(me, { ...read, section: "clients" });
    lesson = (await homeOf(me)).lessons.find((l) => l.slug === LESSON)!;
    expect([lesson.sectionsRead, lesson.nextSection]).toEqual([2, null]);
  });

  it("the action: signed in only, only a real section of that course's lesson, idempotent", async () => {
    const me = await makeLearner(prisma, UTC);
    const read = { courseSlug: COURSE, lessonSlug: LESSON, section: "clients" };
    session.current = null;
    expect(await markSectionReadAction(read)).toMatchObject({ ok: false, error: /Sign in/ });
    signIn(me);
    try {
      for (const bad of [
        { ...read, section: "no-such-section" },
        { ...read, courseSlug: "other-course" },
        { ...read, lessonSlug: "Not A Slug" },
        { ...read, section: "" },
        { ...read, section: 42 as unknown as string },
      ])
        expect(await markSectionReadAction(bad), JSON.stringify(bad)).toMatchObject({ ok: false });
      expect(await prisma.sectionRead.count({ where: { userId: me.id } })).toBe(0);
      expect(revalidated).toEqual([]);
      expect(await markSectionReadAction(read)).toEqual({ ok: true });
      expect(revalidated).toEqual([`/courses/${COURSE}/lessons/${LESSON}`, "/"]);
      expect(await markSectionReadAction(read)).toEqual({ ok: true });
      expect(await prisma.sectionRead.count({ where: { userId: me.id } })).toBe(1);
    } finally {
      session.current = null;
    }
  });

  it("a place with a bad slug is refused and nothing is written", async () => {
    const me = await makeLearner(prisma, UTC);
    await expect(
      recordPlace(me, {
        courseSlug: "Not A Slug",
        kind: "section",
        lessonSlug: LESSON,
        section: "x",
      }),
    ).rejects.toThrow(/slug/);
    await expect(
      // @ts-expect-error an unknown kind
      recordPlace(me, { courseSlug: COURSE, kind: "video", lessonSlug: LESSON }),
    ).rejects.toThrow();
    expect(await prisma.learnerPlace.count({ where: { userId: me.id } })).toBe(0);
    expect(await prisma.sectionRead.count({ where: { userId: me.id } })).toBe(0);
  });
});

/**
 * A learner's progress, exported to Anki and imported into a fresh account through our importer, comes
 * back card by card: the same revlog and the same due dates, intervals, steps and FSRS memory state
 * when exported again. A second import adds nothing; history already here is kept and merged.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { testPrisma } from "../../helpers/db";
import { collectionRows } from "../apkg-read";
import { noteGuid } from "@/lib/transfer/apkg/ids";
import { BASIC, legacyApkg } from "./build-package";
import { createCourse, wipeContent } from "./course";

const { writeApkg } = await import("@/lib/transfer/apkg/index");
const { deckCourses } = await import("@/lib/transfer/apkg/source");
const { learnerProgress } = await import("@/lib/transfer/apkg/progress");
const { applyRating } = await import("@/lib/srs/apply");
const { loadStudySettings } = await import("@/lib/srs/settings");
const anki = await import("@/lib/transfer/import/anki-package/service");

const prisma = await testPrisma();
const clock = { timeZone: "America/Los_Angeles", dayStartHour: 3 };
const now = new Date("2026-06-15T05:30:00Z");
const MIN = 60_000;
const DAY = 86_400_000;
let exported: Uint8Array;

async function learner(email: string) {
  const user = await prisma.user.create({ data: { email, passwordHash: "x" } });
  await prisma.studySettings.create({
    data: { userId: user.id, ...clock, learningSteps: "1m,10m", relearningSteps: "10m" },
  });
  return user.id;
}

async function progressApkg(userId: string) {
  const settings = await loadStudySettings(prisma, userId);
  return writeApkg(await deckCourses({ publishedOnly: true }), {
    now,
    progress: await learnerProgress(userId, settings, now),
  });
}

const rate = (
  userId: string,
  item: { flashcardId: string } | { questionId: string },
  rating: number,
  at: Date,
) =>
  applyRating(prisma, {
    userId,
    item,
    rating,
    durationMs: 3_000 + rating * 700,
    source: "review",
    now: at,
  });

beforeAll(async () => {
  await wipeContent(prisma);
  await createCourse(prisma);
  const a = await learner("anki-a@test");
  const t0 = new Date(now.getTime() - 40 * DAY);
  // A review card (learned, then days apart), a lapse into relearning, a card still learning, a question.
  await rate(a, { flashcardId: "rt-c01" }, 3, t0);
  await rate(a, { flashcardId: "rt-c01" }, 3, new Date(t0.getTime() + 10 * MIN));
  await rate(a, { flashcardId: "rt-c01" }, 3, new Date(t0.getTime() + 3 * DAY));
  await rate(a, { flashcardId: "rt-c01" }, 4, new Date(t0.getTime() + 12 * DAY));
  await rate(a, { flashcardId: "rt-c02" }, 3, t0);
  await rate(a, { flashcardId: "rt-c02" }, 4, new Date(t0.getTime() + 5 * MIN));
  await rate(a, { flashcardId: "rt-c02" }, 1, new Date(t0.getTime() + 20 * DAY));
  await rate(a, { flashcardId: "rt-c03" }, 2, new Date(now.getTime() - 3 * MIN));
  await rate(a, { questionId: "rt-q01" }, 3, new Date(t0.getTime() + DAY));
  await rate(a, { questionId: "rt-q01" }, 3, new Date(t0.getTime() + DAY + 10 * MIN));
  // Custom study (cram): logged, schedule untouched; Anki's Filtered kind in the revlog.
  const crammed = await prisma.reviewItem.findFirstOrThrow({
    where: { userId: a, flashcardId: "rt-c01" },
  });
  await prisma.reviewLog.create({
    data: {
      reviewItemId: crammed.id,
      userId: a,
      rating: 2,
      stateBefore: 2,
      dueBefore: crammed.due,
      elapsedDays: 1,
      scheduledDays: 0,
      durationMs: 1_500,
      source: "cram",
      previous: "{}",
      reviewedAt: new Date(t0.getTime() + 13 * DAY),
    },
  });
  exported = await progressApkg(a);
  // A fresh database: no content, no learners' history; the course comes back from the same file.
  await wipeContent(prisma);
  const course = await anki.importPackage(
    prisma,
    exported,
    { mode: "decks", publishNow: true },
    null,
    null,
  );
  if (!course.ok) throw new Error(course.error);
});

describe("a learner's progress through Anki and back", () => {
  let b = "";

  it("previews cards, notes and reviews, writing nothing", async () => {
    b = await learner("anki-b@test");
    const preview = await anki.previewCollection(prisma, exported, b);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.plan).toMatchObject({
      cards: 6,
      notes: 6,
      matched: 6,
      unmatched: 0,
      reviews: 11,
      newReviews: 11,
      alreadyImported: 0,
      items: { created: 4, merged: 0 },
      dayStart: { anki: 3, here: 3, timeZone: "America/Los_Angeles" },
    });
    expect(await prisma.reviewLog.count({ where: { userId: b } })).toBe(0);
  });

  it("exports again with the same revlog and the same schedule, card by card", async () => {
    const run = await anki.importCollection(prisma, exported, null, b, now);
    if (!run.ok) throw new Error(run.error);
    expect(run.stats).toEqual({ reviews: 11, created: 4, merged: 0 });
    const before = collectionRows(exported);
    const after = collectionRows(await progressApkg(b));
    expect(after.revlog).toEqual(before.revlog);
    expect(after.cards).toEqual(before.cards);
    expect(after.col.crt).toBe(before.col.crt);
    expect(before.cards.filter((c) => c.type === 2)).toHaveLength(2);
    expect(before.cards.filter((c) => c.type === 3)).toHaveLength(1);
    expect(before.revlog.filter((r) => r.type === 3)).toHaveLength(1);
  });

  it("a second import of the same file changes nothing", async () => {
    const items = await prisma.reviewItem.findMany({
      where: { userId: b },
      orderBy: { id: "asc" },
    });
    const preview = await anki.previewCollection(prisma, exported, b);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.plan).toMatchObject({
      newReviews: 0,
      alreadyImported: 11,
      items: { created: 0, merged: 0 },
    });
    const run = await anki.importCollection(prisma, exported, preview.plan.hash, b, now);
    if (!run.ok) throw new Error(run.error);
    expect(run.stats.reviews).toBe(0);
    expect(
      await prisma.reviewItem.findMany({ where: { userId: b }, orderBy: { id: "asc" } }),
    ).toEqual(items);
    expect(await prisma.reviewLog.count({ where: { userId: b } })).toBe(11);
    expect(await prisma.reviewLog.count({ where: { userId: b, source: "cram" } })).toBe(1);
  });

  it("history already here is kept: reviews merge in time order", async () => {
    const c = await learner("anki-c@test");
    // Reviewed here before Anki's history of the same card, and a card Anki never saw.
    await rate(c, { flashcardId: "rt-c01" }, 3, new Date(now.getTime() - 60 * DAY));
    await rate(c, { questionId: "rt-q02" }, 3, new Date(now.getTime() - 2 * DAY));
    const run = await anki.importCollection(prisma, exported, null, c, now);
    if (!run.ok) throw new Error(run.error);
    expect(run.stats).toEqual({ reviews: 11, created: 3, merged: 1 });
    expect(await prisma.reviewLog.count({ where: { userId: c } })).toBe(13);
    const item = await prisma.reviewItem.findFirstOrThrow({
      where: { userId: c, flashcardId: "rt-c01" },
      include: { logs: true },
    });
    expect(item.logs).toHaveLength(6);
    // Anki reviewed it last, so its schedule continues from Anki's.
    const bItem = await prisma.reviewItem.findFirstOrThrow({
      where: { userId: b, flashcardId: "rt-c01" },
    });
    expect(item.due).toEqual(bItem.due);
    expect(item.scheduledDays).toBe(bItem.scheduledDays);
  });

  it("cards that aren't here are counted, with their decks", async () => {
    const e = await learner("anki-e@test");
    const mixed = legacyApkg({
      models: [BASIC],
      decks: [
        { id: 3, name: "Networks" },
        { id: 4, name: "Japanese::Kana" },
      ],
      notes: [
        { id: 1, guid: noteGuid("rt-c01"), mid: BASIC.id, fields: ["a", "b"] },
        { id: 2, guid: "kana-1", mid: BASIC.id, fields: ["あ", "a"] },
      ],
      cards: [
        { id: 1, nid: 1, did: 3, ord: 0 },
        { id: 2, nid: 2, did: 4, ord: 0 },
      ],
    });
    const preview = await anki.previewCollection(prisma, mixed, e);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.plan).toMatchObject({
      cards: 2,
      matched: 1,
      unmatched: 1,
      unmatchedDecks: ["Japanese::Kana"],
      reviews: 0,
    });
  });

  it("a collection with nothing from here is refused with what to do", async () => {
    await wipeContent(prisma);
    const d = await learner("anki-d@test");
    const result = await anki.previewCollection(prisma, exported, d);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(
        /none of the collection's 6 cards is in a course here; ask your instructor to import the deck first/,
      ),
    });
  });
});

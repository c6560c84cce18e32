/**
 * A learner's "Export my progress to Anki": the same deck plus their card states, FSRS memory state and
 * revlog, compared card by card with our ReviewItem and ReviewLog rows, in the learner's study days
 * (Los Angeles, day start 3 am, exported late in the evening when UTC is already on the next date).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { seedContent } from "../../lib/seed/seed";
import { studyDayNumber, studyDayStart } from "../../lib/srs/day";
import { stableId } from "../../lib/transfer/apkg/ids";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";
import { collectionRows, readWithAnkiReader } from "./apkg-read";

const { progressDownload } = await import("../../lib/transfer/export");
const prisma = await testPrisma();

const clock = { timeZone: "America/Los_Angeles", dayStartHour: 3 };
// 22:30 on 14 June in Los Angeles: study day 14 June, UTC date 15 June.
const now = new Date("2026-06-15T05:30:00Z");
const today = studyDayNumber(now, clock);
const MIN = 60_000;
const DAY = 86_400_000;
let userId = "";
const ids: Record<"review" | "learning" | "relearning" | "fresh" | "overdue" | "interday", string> =
  {
    interday: "",
    review: "",
    learning: "",
    relearning: "",
    fresh: "",
    overdue: "",
  };

async function item(
  key: keyof typeof ids,
  ref: { flashcardId: string } | { questionId: string },
  state: Record<string, unknown>,
  logs: Array<{
    at: Date;
    rating: number;
    stateBefore: number;
    dueBefore: Date;
    scheduledDays: number;
  }>,
) {
  const row = await prisma.reviewItem.create({
    data: { userId, ...ref, due: now, ...state },
  });
  ids[key] = "flashcardId" in ref ? ref.flashcardId : ref.questionId;
  for (const l of logs)
    await prisma.reviewLog.create({
      data: {
        reviewItemId: row.id,
        userId,
        rating: l.rating,
        stateBefore: l.stateBefore,
        dueBefore: l.dueBefore,
        elapsedDays: 0,
        scheduledDays: l.scheduledDays,
        durationMs: 4_200,
        previous: "{}",
        reviewedAt: l.at,
      },
    });
}

beforeAll(async () => {
  await seedContent(prisma, await loadContent());
  const user = await prisma.user.create({
    data: { email: "learner@apkg.test", passwordHash: "x" },
  });
  userId = user.id;
  await prisma.studySettings.create({
    data: {
      userId,
      ...clock,
      desiredRetention: 0.87,
      learningSteps: "2m,15m,1d",
      relearningSteps: "10m",
    },
  });
  session.current = { user: { id: userId, role: "LEARNER" } };
  const cards = await prisma.flashcard.findMany({ orderBy: { id: "asc" }, take: 4 });
  const questions = await prisma.question.findMany({ orderBy: { id: "asc" }, take: 2 });
  const t0 = new Date(now.getTime() - 10 * DAY);
  const last = new Date(now.getTime() - 3 * DAY);
  await item(
    "review",
    { flashcardId: cards[0]!.id },
    {
      state: 2,
      due: studyDayStart(today + 5, clock),
      scheduledDays: 8,
      stability: 8.41234567,
      difficulty: 5.1,
      reps: 3,
      lastReview: last,
    },
    [
      { at: t0, rating: 3, stateBefore: 0, dueBefore: t0, scheduledDays: 0 },
      {
        at: new Date(t0.getTime() + 15 * MIN),
        rating: 3,
        stateBefore: 1,
        dueBefore: new Date(t0.getTime() + 15 * MIN),
        scheduledDays: 3,
      },
      { at: last, rating: 3, stateBefore: 2, dueBefore: last, scheduledDays: 8 },
    ],
  );
  const learnedAt = new Date(now.getTime() - MIN);
  await item(
    "learning",
    { flashcardId: cards[1]!.id },
    {
      state: 1,
      learningSteps: 1,
      due: new Date(learnedAt.getTime() + 15 * MIN),
      stability: 2.3,
      difficulty: 6.2,
      reps: 1,
      lastReview: learnedAt,
    },
    [{ at: learnedAt, rating: 3, stateBefore: 0, dueBefore: learnedAt, scheduledDays: 0 }],
  );
  const lapsedAt = new Date(now.getTime() - 2 * MIN);
  await item(
    "relearning",
    { questionId: questions[0]!.id },
    {
      state: 3,
      due: new Date(lapsedAt.getTime() + 10 * MIN),
      stability: 1.1,
      difficulty: 8,
      reps: 5,
      lapses: 1,
      lastReview: lapsedAt,
    },
    [{ at: lapsedAt, rating: 1, stateBefore: 2, dueBefore: lapsedAt, scheduledDays: 0 }],
  );
  // On the learner's third step (1d): a day-numbered learning card, Anki's queue 3.
  await item(
    "interday",
    { flashcardId: cards[3]!.id },
    {
      state: 1,
      learningSteps: 2,
      due: studyDayStart(today + 1, clock),
      stability: 3,
      difficulty: 5,
      reps: 2,
      lastReview: learnedAt,
    },
    [],
  );
  await item("fresh", { questionId: questions[1]!.id }, { state: 0 }, []);
  const longAgo = new Date(now.getTime() - 40 * DAY);
  await item(
    "overdue",
    { flashcardId: cards[2]!.id },
    {
      state: 2,
      due: studyDayStart(today - 20, clock),
      scheduledDays: 20,
      stability: 21,
      difficulty: 4,
      reps: 2,
      lastReview: longAgo,
    },
    [{ at: longAgo, rating: 4, stateBefore: 0, dueBefore: longAgo, scheduledDays: 20 }],
  );
});

describe("a learner's progress export", () => {
  it("keeps each card's schedule in Anki's terms: review due in days from col.crt, learning due in seconds", async () => {
    const download = await progressDownload(now);
    expect(download.fileName).toMatch(/\.apkg$/);
    const bytes = download.body as Uint8Array;
    const rows = collectionRows(bytes);
    // col.crt is the start of a study day, the earliest one anything happened on.
    const crtDay = studyDayNumber(new Date(rows.col.crt * 1000), clock);
    expect(rows.col.crt * 1000).toBe(studyDayStart(crtDay, clock).getTime());
    expect(crtDay).toBe(studyDayNumber(new Date(now.getTime() - 40 * DAY), clock));
    expect(rows.conf).toMatchObject({ rollover: 3, localOffset: 420 });
    // Every card, read by the independent reader, against our rows.
    const { collection } = await readWithAnkiReader(bytes);
    const cards = new Map(
      Object.values(collection.getDecks())
        .flatMap((d) => Object.values(d.getCards()))
        .map((c) => [Number(c.getId()), c.getRawCard() as Record<string, number | string>]),
    );
    const items = await prisma.reviewItem.findMany({ where: { userId } });
    expect(items).toHaveLength(6);
    for (const it of items) {
      const itemId = (it.flashcardId ?? it.questionId)!;
      const card = cards.get(stableId("card", itemId))!;
      expect(card, itemId).toBeDefined();
      expect(card.reps).toBe(it.state === 0 ? 0 : it.reps);
      expect(card.lapses).toBe(it.state === 0 ? 0 : it.lapses);
      if (it.state === 2) {
        expect(card).toMatchObject({ type: 2, queue: 2, ivl: it.scheduledDays });
        expect(Number(card.due) + crtDay).toBe(studyDayNumber(it.due, clock));
      } else if (itemId === ids.interday) {
        expect(card).toMatchObject({ type: 1, queue: 3, left: 1 });
        expect(Number(card.due) + crtDay).toBe(today + 1);
      } else if (it.state === 1 || it.state === 3) {
        expect(card).toMatchObject({
          type: it.state,
          queue: 1,
          due: Math.floor(it.due.getTime() / 1000),
        });
      } else {
        expect(card).toMatchObject({ type: 0, queue: 0, ivl: 0, data: "" });
      }
      if (it.state !== 0)
        expect(JSON.parse(String(card.data))).toEqual({
          s: Number(it.stability.toFixed(4)),
          d: Number(it.difficulty.toFixed(4)),
          dr: 0.87,
          lrt: Math.floor(it.lastReview!.getTime() / 1000),
        });
    }
    const review = cards.get(stableId("card", ids.review))!;
    expect(Number(review.due) + crtDay).toBe(today + 5);
    expect(cards.get(stableId("card", ids.learning))).toMatchObject({ left: 2 });
    expect(cards.get(stableId("card", ids.relearning))).toMatchObject({ ivl: 1, left: 1 });
    const overdue = cards.get(stableId("card", ids.overdue))!;
    expect(Number(overdue.due) + crtDay).toBe(today - 20);
    expect(Number(overdue.due)).toBeGreaterThanOrEqual(0);
    // Cards nobody has studied are new, positioned in the new queue.
    const studied = new Set(
      items
        .filter((i) => i.state !== 0)
        .map((i) => stableId("card", (i.flashcardId ?? i.questionId)!)),
    );
    for (const [id, card] of cards)
      if (!studied.has(id)) expect(card).toMatchObject({ type: 0, queue: 0 });
  });

  it("writes the revlog: review time as id, rating, interval in days or minus seconds, last interval, type", async () => {
    const rows = collectionRows((await progressDownload(now)).body as Uint8Array);
    const logs = await prisma.reviewLog.findMany({
      where: { userId },
      include: { reviewItem: true },
      orderBy: { reviewedAt: "asc" },
    });
    expect(rows.revlog).toHaveLength(logs.length);
    for (const [i, log] of logs.entries()) {
      const r = rows.revlog[i]!;
      const itemId = (log.reviewItem.flashcardId ?? log.reviewItem.questionId)!;
      expect(r).toMatchObject({
        id: log.reviewedAt.getTime(),
        cid: stableId("card", itemId),
        ease: log.rating,
        time: 4_200,
      });
      expect(r.type).toBe([0, 0, 1, 2][log.stateBefore]);
      if (log.scheduledDays > 0) expect(r.ivl).toBe(log.scheduledDays);
      else expect(r.ivl).toBeLessThan(0);
    }
    const cardLogs = (itemId: string) =>
      rows.revlog.filter((r) => r.cid === stableId("card", itemId));
    expect(cardLogs(ids.review).map((r) => [r.ivl, r.lastIvl, r.type])).toEqual([
      [-15 * 60, 0, 0],
      [3, -15 * 60, 0],
      [8, 3, 1],
    ]);
    expect(cardLogs(ids.learning).map((r) => r.ivl)).toEqual([-15 * 60]);
    expect(cardLogs(ids.relearning).map((r) => [r.ivl, r.ease, r.type])).toEqual([
      [-10 * 60, 1, 1],
    ]);
    // Every revlog row belongs to a card in the package.
    const cardIds = new Set(rows.cards.map((c) => c.id));
    for (const r of rows.revlog) expect(cardIds.has(r.cid)).toBe(true);
  });

  it("carries the learner's steps, limits and desired retention as the decks' options", async () => {
    const rows = collectionRows((await progressDownload(now)).body as Uint8Array);
    const ours = Object.values(rows.decks).filter((d) => d.id !== 1);
    const conf = rows.dconf[String(ours[0]!.conf)] as unknown as {
      new: { delays: number[] };
      lapse: { delays: number[] };
      desiredRetention: number;
    };
    expect(conf.new.delays).toEqual([2, 15, 1440]);
    expect(conf.lapse.delays).toEqual([10]);
    expect(conf.desiredRetention).toBe(0.87);
  });

  it("needs a signed-in user", async () => {
    const before = session.current;
    session.current = null;
    await expect(progressDownload(now)).rejects.toMatchObject({ status: 401 });
    session.current = before;
  });
});

/**
 * Offline ratings replayed through POST /api/review with the time they were made (`reviewedAt`):
 * bounded (not ahead of the server's clock, not older than REPLAY_MAX_AGE_DAYS), applied at that
 * time, idempotent, and a card changed meanwhile resolved by the rule of lib/srs/replay.ts
 * (docs/decisions/0017-offline.md): both logs kept, the later schedule change wins the state.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { testPrisma } from "../helpers/db";
import { asCurrent, makeCourse, makeUser, postForJson } from "./helpers";
import { session, signIn } from "../helpers/session";

const { POST } = await import("../../app/api/review/route");
const { applyRating } = await import("../../lib/srs/apply");
const { resetCard, flagCard } = await import("../../lib/srs/review");

const prisma = await testPrisma();
let n = 0;
const rid = () => `replay-${Date.now()}-${++n}`;
const post = (body: unknown) => postForJson(POST, "/api/review", body);
const MIN = 60_000;
// One instant per test file run: the same "N minutes ago" is the same time wherever it is used.
const start = Date.now();
const ago = (minutes: number) => new Date(start - minutes * MIN);
const SCHEDULE = [
  "due",
  "stability",
  "difficulty",
  "elapsedDays",
  "scheduledDays",
  "learningSteps",
  "reps",
  "lapses",
  "state",
  "lastReview",
] as const;
/** A review item's schedule: what two learners' items must agree on. */
const schedule = (item: Record<(typeof SCHEDULE)[number], unknown>) =>
  Object.fromEntries(SCHEDULE.map((key) => [key, item[key]]));
/** A rating made offline at `at`, sent now (a Date; a string is sent as it is). */
const replay = (flashcardId: string, rating: number, at: Date | string, requestId = rid()) =>
  post({
    itemRef: { flashcardId },
    rating,
    requestId,
    durationMs: 1500,
    reviewedAt: typeof at === "string" ? at : at.toISOString(),
  });
/** A rating made online at `at`, through the server's own code. */
const rateOnline = (
  userId: string,
  flashcardId: string,
  rating: number,
  at: Date,
  durationMs = 1,
) =>
  applyRating(prisma, {
    userId,
    item: { flashcardId },
    rating,
    durationMs,
    source: "review",
    now: at,
  });
/** A fresh course and learner: most tests rate the course's first card. */
async function learnerWithCourse(cards?: number) {
  const { flashcardIds } = await makeCourse(prisma, cards ? { cards } : {});
  const user = await makeUser(prisma);
  return { user, flashcardIds, id: flashcardIds[0]! };
}
const logsOf = (userId: string) =>
  prisma.reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } });
const itemOf = (userId: string) => prisma.reviewItem.findFirstOrThrow({ where: { userId } });

describe("replayed offline ratings", () => {
  beforeEach(() => {
    session.current = null;
  });

  it.each([
    ["ahead of the server's clock", () => new Date(Date.now() + 10 * MIN), /future/],
    ["older than 7 days", () => new Date(Date.now() - 8 * 86_400_000), /7 days/],
    ["that is not a time", () => "yesterday", /ISO date-time/],
  ])("refuses a time %s with 400, writing nothing", async (_, at, error) => {
    const { user, id } = await learnerWithCourse();
    signIn(user);
    const res = await replay(id, 3, at());
    expect(res.status).toBe(400);
    expect(res.json.error).toMatch(error);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  it("applies ratings at their own times: the same logs and states as rating online then, once each", async () => {
    const { user: offline, flashcardIds } = await learnerWithCourse(3);
    const online = await makeUser(prisma);
    // Same-day learning steps (no fuzzed day intervals), so two learners' states are comparable to the millisecond.
    const plan = [
      [0, 3, 50],
      [1, 1, 49],
      [0, 3, 38],
      [1, 2, 47],
      [2, 3, 40],
      [1, 3, 30],
    ] as const;
    signIn(offline);
    const ids: string[] = [];
    for (const [card, rating, minutesAgo] of [...plan].sort((a, b) => b[2] - a[2])) {
      const requestId = rid();
      ids.push(requestId);
      const res = await replay(flashcardIds[card]!, rating, ago(minutesAgo), requestId);
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      expect(res.json.conflict).toBeUndefined();
      // Sent twice (the answer was lost): still one log.
      expect((await replay(flashcardIds[card]!, rating, ago(minutesAgo), requestId)).status).toBe(
        200,
      );
    }
    for (const [card, rating, minutesAgo] of [...plan].sort((a, b) => b[2] - a[2]))
      await rateOnline(online.id, flashcardIds[card]!, rating, ago(minutesAgo), 1500);
    const logs = await logsOf(offline.id);
    expect(logs).toHaveLength(plan.length);
    expect(logs.map((l) => l.requestId)).toEqual(ids);
    const items = (u: { id: string }) =>
      prisma.reviewItem.findMany({ where: { userId: u.id }, orderBy: { flashcardId: "asc" } });
    const [mine, reference] = [await items(offline), await items(online)];
    expect(mine.map((i) => schedule(i))).toEqual(reference.map((i) => schedule(i)));
    // Reviewed-at is the rating's own time.
    expect(logs[0]!.reviewedAt).toEqual(ago(50));
  });

  it("a rating on another device after the offline one wins the state; both logs are kept", async () => {
    const { user, id } = await learnerWithCourse();
    await rateOnline(user.id, id, 3, ago(20));
    const itemBefore = await itemOf(user.id);
    signIn(user);
    const res = await replay(id, 1, ago(30));
    expect(res.status).toBe(200);
    expect(res.json.conflict).toBe("later-rating");
    expect(schedule(await itemOf(user.id))).toEqual(schedule(itemBefore));
    const logs = await logsOf(user.id);
    expect(logs.map((l) => [l.rating, l.stateBefore])).toEqual([
      [1, 0],
      [3, 0],
    ]);
    // The kept rating's log says what it would have done from the state the card had then (new: a 1-minute step, no days).
    expect(logs[0]!.scheduledDays).toBe(0);
    expect(logs[0]!.previous).toContain('"superseded":"later-rating"');
  });

  it("an offline rating after an online one is applied on top, in time order", async () => {
    const { user, id } = await learnerWithCourse();
    const reference = await makeUser(prisma);
    for (const u of [user, reference]) await rateOnline(u.id, id, 3, ago(40));
    signIn(user);
    const res = await replay(id, 3, ago(25));
    expect(res.status).toBe(200);
    expect(res.json.conflict).toBeUndefined();
    await rateOnline(reference.id, id, 3, ago(25));
    const { due: dueA, ...restA } = schedule(await itemOf(user.id));
    const { due: dueB, ...restB } = schedule(await itemOf(reference.id));
    expect(restA).toEqual(restB);
    // Graduated to a day interval: fuzz is per learner, so the due day may differ by the fuzz range only.
    expect(Math.abs((dueA as Date).getTime() - (dueB as Date).getTime())).toBeLessThanOrEqual(
      86_400_000 * 2,
    );
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });

  it("a reset online after the offline rating wins: the card stays new, both logs kept", async () => {
    const { user, id } = await learnerWithCourse();
    await rateOnline(user.id, id, 3, ago(60));
    const item = await itemOf(user.id);
    await resetCard(asCurrent(user), { reviewItemId: item.id }, undefined, ago(10));
    signIn(user);
    const res = await replay(id, 4, ago(30));
    expect(res.status).toBe(200);
    expect(res.json.conflict).toBe("later-reset");
    const after = await prisma.reviewItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after.state).toBe(0);
    expect(after.reps).toBe(0);
    const logs = await logsOf(user.id);
    expect(logs.map((l) => [l.source, l.rating])).toEqual([
      ["review", 3],
      ["review", 4],
      ["reset", 0],
    ]);
    // From the state between the first rating and the reset (a learning card), as it was at that time.
    expect(logs[1]!.stateBefore).toBe(1);
  });

  it("a suspended card keeps its suspend and gets the log; a buried one takes the rating", async () => {
    const { user, flashcardIds } = await learnerWithCourse();
    // A bury lasts until the next study day: the learner's day begins 3 hours before this run, so
    // "50 minutes ago" and now are the same study day at any hour (run at 04:26 UTC with the
    // default 04:00 start, the bury had ended before the online rating).
    const dayStartHour = (new Date(start).getUTCHours() + 21) % 24;
    await prisma.studySettings.create({ data: { userId: user.id, timeZone: "UTC", dayStartHour } });
    const me = asCurrent(user);
    const [a, b] = [flashcardIds[0]!, flashcardIds[1]!];
    await flagCard(me, { flashcardId: a }, "suspend", undefined, ago(50));
    await flagCard(me, { flashcardId: b }, "bury", undefined, ago(50));
    signIn(user);
    const suspended = await replay(a, 3, ago(30));
    expect(suspended.status).toBe(200);
    expect(suspended.json.conflict).toBe("suspended");
    const itemA = await prisma.reviewItem.findFirstOrThrow({ where: { flashcardId: a } });
    expect(itemA.suspendedAt).not.toBeNull();
    expect(itemA.reps).toBe(0);
    expect(await prisma.reviewLog.count({ where: { reviewItemId: itemA.id } })).toBe(2);
    const buried = await replay(b, 3, ago(30));
    expect(buried.status).toBe(200);
    expect(buried.json.conflict).toBeUndefined();
    const itemB = await prisma.reviewItem.findFirstOrThrow({ where: { flashcardId: b } });
    expect(itemB.reps).toBe(1);
    // Online, a rating of a buried card is still refused.
    const online = await post({
      itemRef: { flashcardId: b },
      rating: 3,
      requestId: rid(),
      durationMs: 1,
    });
    expect(online.status).toBe(409);
  });
});

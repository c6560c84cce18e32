/**
 * GET /api/review/offline (the offline review pack) and the browser's offline queue built from it
 * (lib/offline/queue.ts): the pack validates against its own versioned schema, holds the next days'
 * due and new cards rendered with their state and the learner's settings; ratings scheduled offline
 * from it give exactly the states the server records when they are replayed.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { testPrisma } from "../helpers/db";
import { yesterdayNoonUtc } from "../helpers/clock";
import { replayOutbox } from "./replay";
import { makeCourse, makeUser } from "../srs/helpers";
import { session, signIn } from "../helpers/session";
import { packSchema, PACK_VERSION, type OfflinePack } from "../../lib/offline/pack-schema";
import { localCards, offlineQueue, type OutboxEntry } from "../../lib/offline/queue";
import { stateOf } from "../../lib/srs/card";

const { GET } = await import("../../app/api/review/offline/route");
const { POST } = await import("../../app/api/review/route");
const { applyRating } = await import("../../lib/srs/apply");

const prisma = await testPrisma();
const getPack = async (query = "") => {
  const res = await GET(new Request(`http://localhost/api/review/offline${query}`));
  return { status: res.status, json: (await res.json()) as unknown };
};
let n = 0;

describe("the offline review pack", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("signed out → 401; a bad course → 400", async () => {
    expect((await getPack()).status).toBe(401);
    signIn(await makeUser(prisma));
    expect((await getPack(`?course=${"x".repeat(200)}`)).status).toBe(400);
  });

  it("holds due and new cards, rendered, with states, settings and the parameters in force", async () => {
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 6, questions: 1 });
    const user = await makeUser(prisma);
    await prisma.studySettings.create({
      data: { userId: user.id, newPerDay: 2, timeZone: "America/New_York", typeAnswer: true },
    });
    await applyRating(prisma, {
      userId: user.id,
      item: { flashcardId: flashcardIds[0]! },
      rating: 3,
      durationMs: 1,
      source: "review",
    });
    signIn(user);
    const { status, json } = await getPack(`?course=${course.slug}`);
    expect(status).toBe(200);
    const pack = packSchema.parse(json);
    expect(pack.version).toBe(PACK_VERSION);
    expect(pack.userId).toBe(user.id);
    expect(pack.settings).toMatchObject({
      timeZone: "America/New_York",
      newPerDay: 2,
      typeAnswer: true,
      parameterSource: "default",
    });
    expect(pack.doneToday.new).toBe(1);
    // The learning card, then the daily new limit for three days (6), the rest of the lesson.
    expect(pack.cards[0]!.key).toBe(`f:${flashcardIds[0]}`);
    expect(pack.cards[0]!.item?.state).toBe(1);
    expect(pack.cards).toHaveLength(1 + 6);
    expect(pack.cards[1]!.frontHtml).toContain("Front 1");
    expect(pack.cards[1]!.backHtml).toContain("<strong>1</strong>");
    expect(pack.cards[1]!.typeAnswer).toBe("Back 1");
    expect(pack.cards.at(-1)!.kind).toBe("question");
    // An older version's shape is not a pack.
    expect(packSchema.safeParse({ ...pack, version: PACK_VERSION - 1 }).success).toBe(false);
  });

  it("ratings scheduled offline from the pack are exactly what the server records on replay", async () => {
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 4 });
    const user = await makeUser(prisma);
    signIn(user);
    // As if the pack was made yesterday at noon UTC, before going offline: a fixed time of day, so the
    // quarter of an hour of ratings stays inside one study day (from "30 minutes ago" at 04:20 UTC
    // they crossed the 04:00 day start, and learning cards due after it left the queue early).
    const start = yesterdayNoonUtc().getTime();
    const pack: OfflinePack = {
      ...packSchema.parse((await getPack(`?course=${course.slug}`)).json),
      generatedAt: new Date(start - 1000).toISOString(),
    };
    const entries: OutboxEntry[] = [];
    let at = start;
    // Rate whatever the offline queue shows next, as the review page does.
    for (const rating of [3, 1, 3, 4, 2, 3, 3, 1, 3, 3]) {
      const queue = offlineQueue(pack, entries, new Date(at));
      const next = queue.next;
      if (!next) break;
      entries.push({
        id: entries.length + 1,
        userId: user.id,
        requestId: `offline-pack-${++n}-${Date.now()}`,
        key: next.card.key,
        ref: next.card.ref,
        rating,
        durationMs: 1000,
        reviewedAt: new Date(at).toISOString(),
        sent: false,
      });
      at += 90_000;
    }
    expect(entries.length).toBeGreaterThanOrEqual(8);
    expect(await replayOutbox(POST, entries)).toEqual(entries.map(() => 200));
    const { cards } = localCards(pack, entries, new Date());
    const rated = cards.filter((c) => !c.isNew);
    expect(rated.length).toBe(flashcardIds.length);
    for (const c of rated) {
      const item = await prisma.reviewItem.findFirstOrThrow({
        where: { userId: user.id, flashcardId: c.card.contentId },
      });
      // The schedule the offline queue computed is the one the server stored.
      expect(c.state).toEqual(stateOf(item));
    }
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(entries.length);
  });
});

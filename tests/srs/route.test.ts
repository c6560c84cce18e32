import { beforeEach, describe, expect, it } from "vitest";
import { testPrisma } from "../helpers/db";
import { makeCourse, makeUser, postJson } from "./helpers";
import { session, signIn } from "../helpers/session";

// Only the signed session is faked; everything else runs against this file's real SQLite copy.
const { POST } = await import("../../app/api/review/route");

const prisma = await testPrisma();
const post = (body: unknown) => postJson(POST, "/api/review", body);
let n = 0;
const rid = () => `req-${Date.now()}-${++n}`;

describe("POST /api/review", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("signed out → 401, nothing written", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const res = await post({
      itemRef: { flashcardId: flashcardIds[0] },
      rating: 3,
      requestId: rid(),
      durationMs: 10,
    });
    expect(res.status).toBe(401);
    expect(await prisma.reviewLog.count()).toBe(0);
  });

  it("unknown card, someone else's card, rating 0 or 5 → 4xx with a message, nothing written", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const [alice, bob] = [await makeUser(prisma), await makeUser(prisma)];
    signIn(alice);
    const ok = await post({
      itemRef: { flashcardId: flashcardIds[0] },
      rating: 3,
      requestId: rid(),
      durationMs: 10,
    });
    expect(ok.status).toBe(200);
    const aliceItem = await prisma.reviewItem.findFirstOrThrow({ where: { userId: alice.id } });
    const before = await prisma.reviewLog.count();

    signIn(bob);
    const cases = [
      { itemRef: { reviewItemId: aliceItem.id }, rating: 3 },
      { itemRef: { flashcardId: "no-such-card" }, rating: 3 },
      { itemRef: { reviewItemId: "no-such-item" }, rating: 3 },
      { itemRef: { flashcardId: flashcardIds[1] }, rating: 0 },
      { itemRef: { flashcardId: flashcardIds[1] }, rating: 5 },
    ];
    for (const c of cases) {
      const res = await post({ ...c, requestId: rid(), durationMs: 10 });
      expect(res.status, JSON.stringify(c)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(((await res.json()) as { error: string }).error).toMatch(/\w+/);
    }
    expect(await prisma.reviewLog.count()).toBe(before);
    expect(await prisma.reviewItem.count({ where: { userId: bob.id } })).toBe(0);
    expect(await prisma.reviewItem.findUniqueOrThrow({ where: { id: aliceItem.id } })).toEqual(
      aliceItem,
    );
  });

  it("the same requestId twice (double click) and twice at once (two tabs) → one log", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const user = await makeUser(prisma);
    signIn(user);
    const body = {
      itemRef: { flashcardId: flashcardIds[0] },
      rating: 3,
      requestId: rid(),
      durationMs: 10,
    };
    expect((await post(body)).status).toBe(200);
    expect((await post(body)).status).toBe(200);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);

    const racing = {
      itemRef: { flashcardId: flashcardIds[1] },
      rating: 4,
      requestId: rid(),
      durationMs: 10,
    };
    const results = await Promise.all([post(racing), post(racing), post(racing)]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(
      await prisma.reviewLog.count({ where: { userId: user.id, requestId: racing.requestId } }),
    ).toBe(1);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });

  it("returns the next card with its four intervals", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const user = await makeUser(prisma);
    signIn(user);
    const res = await post({
      itemRef: { flashcardId: flashcardIds[0] },
      rating: 4,
      requestId: rid(),
      durationMs: 10,
    });
    const json = (await res.json()) as {
      review: { card: { kind: string; backHtml: string; intervals: Record<string, string> } };
    };
    expect(json.review.card.kind).toBe("flashcard");
    expect(json.review.card.backHtml).toContain("<strong>");
    expect(Object.keys(json.review.card.intervals)).toEqual(["1", "2", "3", "4"]);
  });
});

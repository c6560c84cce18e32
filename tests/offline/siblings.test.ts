/**
 * Sibling burying offline (lib/offline/queue.ts): the pack carries each card's lesson section and
 * the learner's buryRelated setting, and the offline queue hides the other kind from a rated card's
 * section until the next study day, exactly as the server's rule (lib/srs/siblings.ts) does when the
 * ratings are replayed. With the setting off, nothing is buried.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { testPrisma } from "../helpers/db";
import { replayOutbox } from "./replay";
import { makeUser, sectionCourse } from "../srs/helpers";
import { session } from "../helpers/session";
import { packSchema, type OfflinePack } from "../../lib/offline/pack-schema";
import { offlineQueue, type OutboxEntry } from "../../lib/offline/queue";

const { GET } = await import("../../app/api/review/offline/route");
const { POST } = await import("../../app/api/review/route");

const prisma = await testPrisma();
let n = 0;

/** Rates (Easy: straight to review, days away) whatever the offline queue shows, until it is empty. */
async function rateAllOffline(buryRelated: boolean) {
  const { course, flashcardIds, questionIds } = await sectionCourse(prisma);
  const user = await makeUser(prisma);
  await prisma.studySettings.create({ data: { userId: user.id, buryRelated } });
  session.current = { user: { id: user.id, role: user.role } };
  const start = Date.now() - 10 * 60_000;
  const res = await GET(new Request(`http://localhost/api/review/offline?course=${course.slug}`));
  const pack: OfflinePack = {
    ...packSchema.parse(await res.json()),
    generatedAt: new Date(start - 1000).toISOString(),
  };
  const entries: OutboxEntry[] = [];
  for (let at = start; entries.length < 10; at += 60_000) {
    const next = offlineQueue(pack, entries, new Date(at)).next;
    if (!next) break;
    entries.push({
      id: entries.length + 1,
      userId: user.id,
      requestId: `offline-siblings-${++n}-${Date.now()}`,
      key: next.card.key,
      ref: next.card.ref,
      rating: 4,
      durationMs: 1000,
      reviewedAt: new Date(at).toISOString(),
      sent: false,
    });
  }
  return { user, pack, entries, flashcardIds, questionIds };
}

describe("sibling burying offline", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("the pack carries each card's section and the setting", async () => {
    const { pack, flashcardIds, questionIds } = await rateAllOffline(true);
    expect(pack.settings.buryRelated).toBe(true);
    const group = (key: string) => pack.cards.find((c) => c.key === key)?.siblingGroup;
    expect(group(`f:${flashcardIds[0]}`)).toMatch(/#intro$/);
    expect(group(`q:${questionIds[0]}`)).toBe(group(`f:${flashcardIds[0]}`));
    expect(group(`f:${flashcardIds[1]}`)).toBeNull();
  });

  it("rating a card hides its section's question offline, as the server buries it on replay", async () => {
    const { user, entries, flashcardIds, questionIds } = await rateAllOffline(true);
    expect(entries.map((e) => e.key)).toEqual([`f:${flashcardIds[0]}`, `f:${flashcardIds[1]}`]);
    expect(await replayOutbox(POST, entries)).toEqual(entries.map(() => 200));
    // The server buried the same question when the ratings arrived.
    const question = await prisma.reviewItem.findFirstOrThrow({
      where: { userId: user.id, questionId: questionIds[0] },
    });
    expect(question.buriedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it("with burying turned off, the question comes the same day", async () => {
    const { pack, entries, flashcardIds, questionIds } = await rateAllOffline(false);
    expect(pack.settings.buryRelated).toBe(false);
    expect(entries.map((e) => e.key)).toEqual([
      `f:${flashcardIds[0]}`,
      `f:${flashcardIds[1]}`,
      `q:${questionIds[0]}`,
    ]);
  });
});

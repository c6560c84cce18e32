/** The home's greeting: "Welcome" for an account with no study yet, "Welcome back" after any. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { hasStudyHistory } from "../../lib/learner/history";
import { markSectionRead, recordPlace } from "../../lib/learner/places";
import { seedContent } from "../../lib/seed/seed";
import { testPrisma } from "../helpers/db";
import { writeFixture } from "../helpers/fixture-content";
import { makeItem, makeLearner, rate } from "../stats/history";

const prisma = await testPrisma();
const where = { courseSlug: "fixture-course", lessonSlug: "fixture-lesson" };
let lessonId = "";

beforeAll(async () => {
  await seedContent(prisma, await loadContent(writeFixture().root));
  lessonId = (await prisma.lesson.findUniqueOrThrow({ where: { slug: where.lessonSlug } })).id;
});

describe("study history", () => {
  it("a new account has none, even with cards scheduled for it; someone else's doesn't count", async () => {
    const me = await makeLearner(prisma);
    await makeItem(prisma, me.id, lessonId, { due: new Date() });
    const other = await makeLearner(prisma);
    await recordPlace(other, { ...where, kind: "quiz" });
    expect(await hasStudyHistory(me)).toBe(false);
    expect(await hasStudyHistory(other)).toBe(true);
  });

  it("a review, a quiz attempt, a Learn round, a Match game, a visit or a section read is history", async () => {
    const studied = [
      async (id: string) => {
        const item = await makeItem(prisma, id, lessonId, { due: new Date() });
        await rate(prisma, id, item.id, [{ at: new Date() }]);
      },
      (id: string) => prisma.quizAttempt.create({ data: { userId: id, ...where } }),
      (id: string) => prisma.learnSession.create({ data: { userId: id, scope: "x", state: "{}" } }),
      (id: string) => prisma.matchBest.create({ data: { userId: id, lessonId, bestMs: 9_000 } }),
    ];
    for (const study of studied) {
      const me = await makeLearner(prisma);
      await study(me.id);
      expect(await hasStudyHistory(me), study.toString()).toBe(true);
    }
    const reader = await makeLearner(prisma);
    expect(await markSectionRead(reader, { ...where, section: "clients" })).toEqual({ ok: true });
    expect(await hasStudyHistory(reader)).toBe(true);
  });
});

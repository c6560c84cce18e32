import { beforeAll, describe, expect, it } from "vitest";
import { matchGame, recordMatch } from "../../lib/study/match";
import { testPrisma } from "../helpers/db";
import { makeLearner } from "./helpers";
import { fixtureScope, seedModesCourse } from "./modes-helpers";

const prisma = await testPrisma();
const game = (timeMs: number) => ({ ...fixtureScope, timeMs, pairs: 6 });

describe("Match", () => {
  beforeAll(() => seedModesCourse(prisma));

  it("deals six distinct pairs with inline HTML, and no best time before the first game", async () => {
    const user = await makeLearner(prisma);
    const g = (await matchGame(user, fixtureScope.courseSlug, fixtureScope.lessonSlug))!;
    expect(g.pairs).toHaveLength(6);
    expect(new Set(g.pairs.map((p) => p.id)).size).toBe(6);
    expect(g.pairs.every((p) => !p.termHtml.startsWith("<p>"))).toBe(true);
    expect(g.pairs.map((p) => p.termHtml).join()).toMatch(/<code>/);
    expect(g.bestMs).toBeNull();
    expect(await matchGame(user, fixtureScope.courseSlug, "nope")).toBeNull();
  });

  it("keeps the best time per learner and lesson: lower replaces it, higher doesn't", async () => {
    const [a, b] = [await makeLearner(prisma), await makeLearner(prisma)];
    expect(await recordMatch(a, game(20_000))).toEqual({
      ok: true,
      bestMs: 20_000,
      newBest: true,
      games: 1,
    });
    expect(await recordMatch(a, game(25_000))).toEqual({
      ok: true,
      bestMs: 20_000,
      newBest: false,
      games: 2,
    });
    expect(await recordMatch(a, game(12_345))).toEqual({
      ok: true,
      bestMs: 12_345,
      newBest: true,
      games: 3,
    });
    expect(await recordMatch(b, game(30_000))).toMatchObject({ bestMs: 30_000, newBest: true });
    const g = (await matchGame(a, fixtureScope.courseSlug, fixtureScope.lessonSlug))!;
    expect(g).toMatchObject({ bestMs: 12_345, games: 3 });
  });

  it("refuses impossible times, wrong pair counts and unknown lessons, writing nothing", async () => {
    const user = await makeLearner(prisma);
    const refused = [
      [game(200), "at least 1.5 seconds"],
      [game(-5), "at least 1.5 seconds"],
      [game(1500.5), "whole milliseconds"],
      [game(4_000_000), "longer than an hour"],
      [{ ...game(9000), pairs: 3 }, "6 pairs"],
      [{ ...game(9000), timeMs: "fast" }, "number of milliseconds"],
    ] as const;
    for (const [input, message] of refused) {
      const r = await recordMatch(user, input as never);
      expect(r).toMatchObject({ ok: false, status: 400 });
      if (!r.ok) expect(r.error).toContain(message);
    }
    expect(await recordMatch(user, { ...game(9000), lessonSlug: "no-such-lesson" })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await prisma.matchBest.count({ where: { userId: user.id } })).toBe(0);
  });
});

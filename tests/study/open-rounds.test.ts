/** "Continue Learn": a round counts from its first answer until every card is mastered. */
import { beforeAll, describe, expect, it } from "vitest";
import { answerLearn, getLearnRound, restartLearnRound } from "../../lib/study/learn";
import { openLearnRounds, roundSummary } from "../../lib/study/open-rounds";
import { testPrisma } from "../helpers/db";
import { makeLearner } from "./helpers";
import { fixtureScope, seedModesCourse, TERMS } from "./modes-helpers";

const prisma = await testPrisma();

beforeAll(async () => {
  await seedModesCourse(prisma);
});

describe("open Learn rounds", () => {
  it("lists a started round with its progress, not one only opened, restarted or finished", async () => {
    const user = await makeLearner(prisma);
    const other = await makeLearner(prisma);
    const view = await getLearnRound(user, fixtureScope);
    expect(await openLearnRounds(user)).toEqual([]);

    const q = view!.question!;
    expect(q.format).toBe("choice");
    // The right option of a choice is the card's own id (its back).
    const answered = await answerLearn(user, {
      ...fixtureScope,
      cardId: q.cardId,
      optionId: q.cardId,
      timeMs: 800,
    });
    expect(answered.ok).toBe(true);
    const [round, ...more] = await openLearnRounds(user, fixtureScope.courseSlug);
    expect(more).toEqual([]);
    expect(round).toMatchObject({
      courseSlug: "fixture-course",
      lessonSlug: "fixture-lesson",
      href: "/courses/fixture-course/lessons/fixture-lesson/learn",
      progress: { total: TERMS.length, mastered: 0, learning: 1, notSeen: TERMS.length - 1 },
    });
    expect(roundSummary(round!.progress)).toBe(`0 of ${TERMS.length} cards mastered`);
    // Someone else's round and another course's are not this learner's.
    expect(await openLearnRounds(other)).toEqual([]);
    expect(await openLearnRounds(user, "another-course")).toEqual([]);
    expect(await openLearnRounds(user, "fixture")).toEqual([]);

    await restartLearnRound(user, fixtureScope);
    expect(await openLearnRounds(user)).toEqual([]);

    const again = (await getLearnRound(user, fixtureScope))!.question!;
    await answerLearn(user, {
      ...fixtureScope,
      cardId: again.cardId,
      optionId: again.cardId,
      timeMs: 1,
    });
    expect(await openLearnRounds(user)).toHaveLength(1);
    await prisma.learnSession.updateMany({
      where: { userId: user.id },
      data: { finishedAt: new Date() },
    });
    expect(await openLearnRounds(user)).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { answerLearn, getLearnRound, restartLearnRound } from "../../lib/study/learn";
import { answerCurrent, newRound, type LearnCard } from "../../lib/study/learn-round";
import { learnStateSchema } from "../../lib/study/learn-round";
import { testPrisma } from "../helpers/db";
import { makeLearner } from "./helpers";
import { fixtureScope, seedModesCourse, TERMS } from "./modes-helpers";

const prisma = await testPrisma();
const backOf = new Map(TERMS.map(([id, , back]) => [id, back]));
const frontOf = new Map(TERMS.map(([id, front]) => [id, front.replace(/`/g, "")]));

const cards: LearnCard[] = TERMS.map(([id, front, back]) => ({ id, front, back, lessonId: "L" }));
const first = () => 0; // "pick" always 0: a fixed, reproducible shuffle

async function stateOf(userId: string) {
  const row = await prisma.learnSession.findFirstOrThrow({ where: { userId } });
  return learnStateSchema.parse(JSON.parse(row.state));
}

describe("Learn round rules (pure)", () => {
  it("asks a card as a choice, then typed, and masters it after two right in a row", () => {
    let s = newRound(cards, first);
    const id = s.current!.cardId;
    expect(s.current!.format).toBe("choice");
    expect(s.current!.optionIds).toHaveLength(4);
    expect(s.current!.optionIds).toContain(id);
    s = answerCurrent(s, true, cards, first);
    expect(s.cards[id]).toMatchObject({ streak: 1, answers: 1 });
    // Back a few cards later, typed this time.
    expect(s.queue.indexOf(id)).toBe(4);
    while (s.current!.cardId !== id) s = answerCurrent(s, true, cards, first);
    expect(s.current!.format).toBe("typed");
    s = answerCurrent(s, true, cards, first);
    expect(s.cards[id]!.streak).toBe(2);
    expect(s.queue).not.toContain(id);
  });

  it("a miss starts the card over and brings it back two cards later", () => {
    let s = newRound(cards, first);
    const id = s.current!.cardId;
    s = answerCurrent(s, true, cards, first); // choice right
    while (s.current!.cardId !== id) s = answerCurrent(s, true, cards, first);
    s = answerCurrent(s, false, cards, first); // typed wrong
    expect(s.cards[id]).toMatchObject({ streak: 0, misses: 1 });
    expect(s.queue.indexOf(id)).toBe(2);
    s = answerCurrent(answerCurrent(s, true, cards, first), true, cards, first);
    expect(s.current).toMatchObject({ cardId: id, format: "choice" });
  });

  it("right, wrong, right is not mastered: the two must be in a row", () => {
    const one = cards.slice(0, 2);
    let s = newRound(one, first);
    const id = s.current!.cardId;
    const answer = (right: boolean) => {
      while (s.current!.cardId !== id) s = answerCurrent(s, true, one, first);
      s = answerCurrent(s, right, one, first);
    };
    answer(true);
    answer(false);
    answer(true);
    expect(s.cards[id]!.streak).toBe(1);
    answer(true);
    expect(s.cards[id]!.streak).toBe(2);
  });
});

describe("Learn rounds on the server", () => {
  beforeAll(() => seedModesCourse(prisma));

  async function answerOnScreen(user: Awaited<ReturnType<typeof makeLearner>>, right: boolean) {
    const s = await stateOf(user.id);
    const q = s.current!;
    const wrongId = q.optionIds.find((o) => o !== q.cardId)!;
    return answerLearn(user, {
      ...fixtureScope,
      cardId: q.cardId,
      timeMs: 900,
      ...(q.format === "choice"
        ? { optionId: right ? q.cardId : wrongId }
        : { response: right ? ` ${frontOf.get(q.cardId)!.toUpperCase()}. ` : "nope" }),
    });
  }

  it("plays a round to the end, resumes after a reload and feeds the schedule once per card", async () => {
    const user = await makeLearner(prisma);
    const view = (await getLearnRound(user, fixtureScope))!;
    expect(view.progress).toEqual({ total: 7, mastered: 0, learning: 0, notSeen: 7 });
    expect(view.question!.format).toBe("choice");
    const missed = view.question!.cardId;
    expect(view.question!.options.map((o) => o.html).join()).toContain(
      backOf.get(missed)!.slice(0, 20),
    );
    const r1 = await answerOnScreen(user, false);
    expect(r1).toMatchObject({ ok: true, correct: false, mastered: false });
    if (r1.ok) expect(r1.correctAnswerHtml).toContain(backOf.get(missed)!.slice(0, 20));

    // A reload shows the same question, not a new round.
    const again = (await getLearnRound(user, fixtureScope))!;
    expect(again.question!.cardId).toBe(r1.ok ? r1.question!.cardId : "");
    expect(again.progress).toMatchObject({ learning: 1, notSeen: 6 });

    let answers = 1;
    let last = r1;
    while (last.ok && last.question) {
      last = await answerOnScreen(user, true);
      answers++;
    }
    expect(last).toMatchObject({ ok: true, question: null });
    if (last.ok) expect(last.progress).toEqual({ total: 7, mastered: 7, learning: 0, notSeen: 0 });
    // The missed card needed two more right answers; every other card two.
    expect(answers).toBe(1 + 7 * 2);

    // Each card's first answer went to the schedule as a quiz answer: Again for the miss, Good for the rest.
    const logs = await prisma.reviewLog.findMany({
      where: { userId: user.id },
      include: { reviewItem: { select: { flashcardId: true } } },
    });
    expect(logs).toHaveLength(7);
    expect(logs.every((l) => l.source === "quiz")).toBe(true);
    expect(logs.find((l) => l.reviewItem.flashcardId === missed)!.rating).toBe(1);
    expect(logs.filter((l) => l.rating === 3)).toHaveLength(6);
    expect(
      (await prisma.learnSession.findFirstOrThrow({ where: { userId: user.id } })).finishedAt,
    ).not.toBeNull();

    // A new round starts over; its first answers feed the schedule again.
    const fresh = await restartLearnRound(user, fixtureScope);
    expect(fresh).toMatchObject({ ok: true, progress: { notSeen: 7 } });
    await answerOnScreen(user, true);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(8);
  });

  it("refuses an answer for a card not on screen, an option not offered and bad input, writing nothing", async () => {
    const user = await makeLearner(prisma);
    const view = (await getLearnRound(user, fixtureScope))!;
    const other = TERMS.map(([id]) => id).find((id) => id !== view.question!.cardId)!;
    const notOffered = TERMS.map(([id]) => id).find(
      (id) => !view.question!.options.some((o) => o.id === id),
    );
    expect(
      await answerLearn(user, { ...fixtureScope, cardId: other, optionId: other, timeMs: 1 }),
    ).toMatchObject({
      ok: false,
      status: 409,
    });
    if (notOffered)
      expect(
        await answerLearn(user, {
          ...fixtureScope,
          cardId: view.question!.cardId,
          optionId: notOffered,
          timeMs: 1,
        }),
      ).toMatchObject({ ok: false, status: 400 });
    expect(
      await answerLearn(user, { ...fixtureScope, cardId: view.question!.cardId, timeMs: 1 }),
    ).toMatchObject({ ok: false, status: 400, error: "Choose an option or type an answer." });
    expect(
      await answerLearn(user, { courseSlug: "Bad Slug!", cardId: "x", optionId: "x", timeMs: 1 }),
    ).toMatchObject({ ok: false, status: 400 });
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect((await stateOf(user.id)).cards[view.question!.cardId]!.answers).toBe(0);
  });

  it("a course round spans every lesson; an unknown lesson is not found", async () => {
    const user = await makeLearner(prisma);
    expect((await getLearnRound(user, { courseSlug: "fixture-course" }))!.progress.total).toBe(7);
    expect(await getLearnRound(user, { ...fixtureScope, lessonSlug: "no-such-lesson" })).toBeNull();
  });
});

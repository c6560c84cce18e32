import { describe, expect, it } from "vitest";
import {
  fillDistractors,
  type ChoiceQuestion,
  type SiblingAnswer,
} from "../../lib/study/distractors";
import { buildPlan, planQuestion } from "../../lib/study/plan";

const sib = (id: string, text: string, extra: Partial<SiblingAnswer> = {}): SiblingAnswer => ({
  id,
  text,
  questionId: `q-${id}`,
  lessonId: "L1",
  type: "multiple_choice",
  ...extra,
});
const question = (options: ChoiceQuestion["options"]): ChoiceQuestion => ({
  id: "q1",
  lessonId: "L1",
  type: "multiple_choice",
  options,
});

describe("distractor filling", () => {
  it("tops a question with only its correct option up to three wrong ones, closest length first", () => {
    const q = question([{ id: "c", text: "accept()", correct: true }]);
    const pool = [
      sib("1", "A long sentence about servers and clients."),
      sib("2", "listen()"),
      sib("3", "bind()"),
      sib("4", "connect()"),
      sib("5", "recvfrom()"),
    ];
    expect(fillDistractors(q, pool).map((s) => s.text)).toEqual([
      "listen()",
      "connect()",
      "bind()",
    ]);
  });

  it("never repeats an option or the right answer, comparing normalized text", () => {
    const q = question([
      { id: "c", text: "`accept()`", correct: true },
      { id: "w", text: "bind()", correct: false },
    ]);
    const pool = [
      sib("1", "Accept()"),
      sib("2", "bind()."),
      sib("3", "listen()"),
      sib("4", " LISTEN() "),
      sib("5", "close()"),
      sib("6", "send()"),
    ];
    const texts = fillDistractors(q, pool).map((s) => s.text);
    expect(texts).toEqual(["listen()", "close()"]);
  });

  it("uses only answers of the same type from the same lesson, never the question's own", () => {
    const q = question([{ id: "c", text: "TCP", correct: true }]);
    const pool = [
      sib("1", "UDP", { type: "true_false" }),
      sib("2", "IP", { lessonId: "L2" }),
      sib("3", "TCP/IP", { questionId: "q1" }),
      sib("4", "HTTP"),
    ];
    expect(fillDistractors(q, pool).map((s) => s.text)).toEqual(["HTTP"]);
  });

  it("adds nothing to a question that already has three wrong options", () => {
    const q = question([
      { id: "c", text: "a", correct: true },
      { id: "1", text: "b", correct: false },
      { id: "2", text: "c", correct: false },
      { id: "3", text: "d", correct: false },
    ]);
    expect(fillDistractors(q, [sib("x", "e")])).toEqual([]);
  });
});

describe("attempt plans", () => {
  const mc = question([
    { id: "c", text: "accept()", correct: true },
    { id: "w", text: "bind()", correct: false },
  ]);
  it("shuffles choice options with the filled ones and keeps true/false and typed as they are", () => {
    const pool = [sib("1", "listen()"), sib("2", "connect()")];
    const entry = planQuestion(mc, pool, () => 0);
    expect([...entry.optionIds].sort()).toEqual(["1", "2", "c", "w"]);
    expect(entry.optionIds).not.toEqual(["c", "w", "1", "2"]);
    const tf: ChoiceQuestion = {
      id: "tf",
      lessonId: "L1",
      type: "true_false",
      options: [
        { id: "t", text: "True", correct: false },
        { id: "f", text: "False", correct: true },
      ],
    };
    expect(planQuestion(tf, pool).optionIds).toEqual(["t", "f"]);
    expect(planQuestion({ ...mc, id: "ty", type: "typed" }, pool).optionIds).toEqual([]);
  });

  it("draws the asked number of distinct questions", () => {
    const qs = Array.from({ length: 10 }, (_, i) => ({ ...mc, id: `q${i}` }));
    const plan = buildPlan(qs, [], 4);
    expect(plan).toHaveLength(4);
    expect(new Set(plan.map((p) => p.questionId)).size).toBe(4);
    expect(buildPlan(qs, [])).toHaveLength(10);
  });
});

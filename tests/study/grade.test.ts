import { describe, expect, it } from "vitest";
import { gradeAnswer, normalizeAnswer, typedAnswerIsRight } from "../../lib/study/grade";

describe("lenient typed grading", () => {
  it("ignores case, surrounding whitespace, backticks and punctuation at either end", () => {
    expect(typedAnswerIsRight("  LISTEN ", ["listen"])).toBe(true);
    expect(typedAnswerIsRight("listen.", ["listen"])).toBe(true);
    expect(typedAnswerIsRight("`listen()`", ["listen"])).toBe(true);
    expect(typedAnswerIsRight('"recvfrom"!', ["recvfrom"])).toBe(true);
    expect(typedAnswerIsRight("Thank   you for connecting", ["Thank you for connecting"])).toBe(
      true,
    );
    expect(normalizeAnswer("  ¿Qué?  ")).toBe("qué");
  });

  it("accepts any of the content's alternative spellings", () => {
    const accepted = ["recvfrom", "clientSocket.recvfrom()"];
    expect(typedAnswerIsRight("clientsocket.recvfrom", accepted)).toBe(true);
    expect(typedAnswerIsRight("recvfrom()", accepted)).toBe(true);
  });

  it("keeps wrong answers wrong", () => {
    expect(typedAnswerIsRight("recv", ["recvfrom"])).toBe(false);
    expect(typedAnswerIsRight("recv from", ["recvfrom"])).toBe(false);
    expect(typedAnswerIsRight("listens", ["listen"])).toBe(false);
    expect(typedAnswerIsRight("Thank you for connecting", ["b'Thank you for connecting'"])).toBe(
      false,
    );
    expect(typedAnswerIsRight("   ", ["listen"])).toBe(false);
    expect(typedAnswerIsRight("...", ["..."])).toBe(false);
  });

  it("grades typed questions against every option and others against correct options only", () => {
    const typed = {
      type: "typed",
      options: [
        { id: "a", text: "listen", correct: true },
        { id: "b", text: "s.listen()", correct: false },
      ],
    };
    expect(gradeAnswer(typed, { response: "S.Listen" })).toBe(true);
    const output = {
      type: "output",
      options: [
        { id: "a", text: "b'hi'", correct: true },
        { id: "b", text: "hi", correct: false },
      ],
    };
    expect(gradeAnswer(output, { response: "B'HI'" })).toBe(true);
    expect(gradeAnswer(output, { response: "hi" })).toBe(false);
    expect(gradeAnswer(output, { response: "From server: hi" }, ["From Server: HI"])).toBe(true);
    expect(gradeAnswer(output, { optionId: "b" }, ["hi"])).toBe(false);
    expect(gradeAnswer(output, { optionId: "a" })).toBe(true);
    expect(gradeAnswer(output, { optionId: "b" })).toBe(false);
    // An option of another question (a filled-in distractor) is never right here.
    expect(gradeAnswer(output, { optionId: "someone-elses" })).toBe(false);
  });
});

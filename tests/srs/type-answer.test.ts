/** The typed-answer comparison (Anki's compare_answer style) and which backs are short enough to type. */
import { describe, expect, it } from "vitest";
import { compareAnswer, typeableAnswer } from "../../lib/srs/type-answer";

/** Segments as a compact string: good as is, [bad], {missing}. */
const show = (segments: { mark: string; text: string }[]) =>
  segments
    .map((s) => (s.mark === "good" ? s.text : s.mark === "bad" ? `[${s.text}]` : `{${s.text}}`))
    .join("");
const cmp = (expected: string, typed: string) => {
  const c = compareAnswer(expected, typed);
  return {
    exact: c.exact,
    typed: show(c.typed),
    expected: show(c.expected),
    wrong: c.wrong,
    missing: c.missing,
  };
};

describe("compareAnswer", () => {
  it("an exact answer is all good", () => {
    expect(cmp("accept()", "accept()")).toEqual({
      exact: true,
      typed: "accept()",
      expected: "accept()",
      wrong: 0,
      missing: 0,
    });
  });

  it("a wrong character is bad on the typed side and missing on the expected side", () => {
    expect(cmp("bind", "bond")).toMatchObject({
      exact: false,
      typed: "b[o]nd",
      expected: "b{i}nd",
    });
  });

  it("left-out and extra characters", () => {
    expect(cmp("listen", "lisen")).toMatchObject({
      typed: "lisen",
      expected: "lis{t}en",
      missing: 1,
      wrong: 0,
    });
    expect(cmp("recv", "recvv")).toMatchObject({
      typed: "recv[v]",
      expected: "recv",
      wrong: 1,
      missing: 0,
    });
    expect(cmp("socket", "")).toMatchObject({ typed: "", expected: "{socket}", missing: 6 });
    expect(cmp("", "x")).toMatchObject({ typed: "[x]", expected: "" });
  });

  it("case counts (code is case-sensitive)", () => {
    expect(cmp("AF_INET", "af_inet")).toMatchObject({ exact: false, typed: "[af]_[inet]" });
    expect(cmp("SOCK_STREAM", "SOCK_STREAM").exact).toBe(true);
  });

  it("whitespace at the ends is ignored and runs of it are one space; inside, a missing space counts", () => {
    expect(cmp("three-way handshake", "  three-way   handshake \n").exact).toBe(true);
    expect(cmp("three-way handshake", "three-wayhandshake")).toMatchObject({
      exact: false,
      expected: "three-way{ }handshake",
    });
    expect(cmp("a\tb", "a b").exact).toBe(true);
  });

  it("unicode: NFC, combining accents and emoji are one character each", () => {
    // "é" precomposed vs e + U+0301: the same answer.
    expect(cmp("caf\u00e9", "cafe\u0301").exact).toBe(true);
    // A wrong accented letter is one bad character, not two.
    expect(cmp("cafe\u0301", "caf\u00e8")).toMatchObject({
      wrong: 1,
      missing: 1,
      typed: "caf[\u00e8]",
    });
    expect(cmp("👍🏽 ok", "👍 ok")).toMatchObject({ wrong: 1, missing: 1 });
    expect(cmp("Ångström", "Angström")).toMatchObject({
      typed: "[A]ngström",
      expected: "{Å}ngström",
    });
    expect(cmp("日本語", "日本語").exact).toBe(true);
  });

  it("code with punctuation", () => {
    expect(cmp("s.bind(('', 8080))", "s.bind(('',8080))")).toMatchObject({
      exact: false,
      expected: "s.bind(('',{ }8080))",
      missing: 1,
    });
    expect(cmp("conn, addr = s.accept()", "conn, addr = s.accept()").exact).toBe(true);
  });
});

describe("typeableAnswer", () => {
  it("short backs become their plain text", () => {
    expect(typeableAnswer("`accept()`")).toBe("accept()");
    expect(typeableAnswer("Back **1**")).toBe("Back 1");
    expect(typeableAnswer("The [three-way handshake](#tcp)")).toBe("The three-way handshake");
    expect(typeableAnswer("  *SYN*, then ACK ")).toBe("SYN, then ACK");
    expect(typeableAnswer("AF_INET")).toBe("AF_INET");
  });

  it("long, multi-paragraph, list, table and code-block backs are not typed", () => {
    expect(typeableAnswer("x".repeat(61))).toBeNull();
    expect(typeableAnswer("One.\n\nTwo.")).toBeNull();
    expect(typeableAnswer("- a\n- b")).toBeNull();
    expect(typeableAnswer("```python\nprint(1)\n```")).toBeNull();
    expect(typeableAnswer("| a | b |")).toBeNull();
    expect(typeableAnswer("")).toBeNull();
  });
});

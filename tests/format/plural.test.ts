import { describe, expect, it } from "vitest";
import { plural } from "../../components/charts/format";
import { pluralize, pluralWord } from "../../lib/format/plural";

describe("pluralize", () => {
  it("says one for 1 and the plural for 0, 2 and fractions", () => {
    expect(pluralize(1, "runnable example")).toBe("1 runnable example");
    expect(pluralize(0, "block")).toBe("0 blocks");
    expect(pluralize(2, "card")).toBe("2 cards");
    expect(pluralize(1.5, "minute")).toBe("1.5 minutes");
  });

  it("takes an irregular plural", () => {
    expect(pluralize(1, "quiz", "quizzes")).toBe("1 quiz");
    expect(pluralize(3, "quiz", "quizzes")).toBe("3 quizzes");
    expect(pluralWord(1, "attempt")).toBe("attempt");
    expect(pluralWord(7, "attempt")).toBe("attempts");
  });

  it("is the one rule the charts use too", () => {
    expect(plural(1, "review")).toBe("1 review");
    expect(plural(4, "day")).toBe("4 days");
  });
});

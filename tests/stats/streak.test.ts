import { describe, expect, it } from "vitest";
import { currentStreak } from "../../lib/stats/streak";

const days = (...counts: number[]) =>
  counts.map((count, i) => ({ day: `2025-06-${String(10 + i).padStart(2, "0")}`, count }));

describe("streak", () => {
  it("counts consecutive study days ending today", () => {
    expect(currentStreak(days(1, 0, 2, 1, 3))).toEqual({
      days: 3,
      studiedToday: true,
      atLeast: false,
    });
  });

  it("keeps yesterday's streak while today is not studied yet", () => {
    expect(currentStreak(days(0, 1, 1, 0))).toEqual({
      days: 2,
      studiedToday: false,
      atLeast: false,
    });
  });

  it("is broken by a gap", () => {
    expect(currentStreak(days(1, 1, 0, 0))).toEqual({
      days: 0,
      studiedToday: false,
      atLeast: false,
    });
    expect(currentStreak(days(1, 0, 1))).toEqual({ days: 1, studiedToday: true, atLeast: false });
  });

  it("says when the streak reaches the start of the data", () => {
    expect(currentStreak(days(1, 1, 1))).toEqual({ days: 3, studiedToday: true, atLeast: true });
    expect(currentStreak([])).toEqual({ days: 0, studiedToday: false, atLeast: false });
  });
});

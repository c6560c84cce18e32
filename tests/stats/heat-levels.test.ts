import { describe, expect, it } from "vitest";
import { heatLevels, levelPaths } from "../../components/charts/heatmap";
import { cellAt } from "../../components/charts/heatmap-grid";

describe("heatmap legend levels", () => {
  it("splits the busiest day into four bands that cover every count once", () => {
    expect(heatLevels(0)).toEqual([{ level: 0, from: 0, to: 0 }]);
    expect(heatLevels(1)).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 1, from: 1, to: 1 },
    ]);
    const levels = heatLevels(11);
    expect(levels.map((l) => [l.from, l.to])).toEqual([
      [0, 0],
      [1, 3],
      [4, 6],
      [7, 9],
      [10, 11],
    ]);
    for (const max of [2, 3, 5, 7, 40]) {
      const bands = heatLevels(max);
      for (let n = 0; n <= max; n++)
        expect(bands.filter((b) => n >= b.from && n <= b.to)).toHaveLength(1);
    }
  });
});

describe("heatmap grid", () => {
  const days = (counts: number[]) =>
    counts.map((count, i) => ({
      day: new Date(Date.UTC(2026, 10, 1 + i)).toISOString().slice(0, 10), // 2026-11-01 is a Sunday
      count,
    }));

  it("draws each level's squares as one path, one square per day", () => {
    const data = days([0, 1, 0, 5, 5, 2, 0, 9]);
    const paths = levelPaths(data, heatLevels(9));
    expect(paths.map((p) => p.level)).toEqual([0, 1, 2, 4]);
    const squares = paths.map((p) => p.d.match(/M/g)?.length);
    expect(squares).toEqual([3, 2, 2, 1]);
    // The eighth day starts the second week column, on the top row.
    expect(paths.find((p) => p.level === 4)?.d).toBe(`M${30 + 15 + 0.5} ${16 + 0.5}h11v11h-11z`);
  });

  it("finds the day under the pointer, and none between squares or outside the days shown", () => {
    // Starting on a Wednesday: the first column's Sunday to Tuesday are empty.
    expect(cellAt(30 + 1, 16 + 3 * 15 + 1, 3, 10)).toBe(0);
    expect(cellAt(30 + 15 + 5, 16 + 5, 3, 10)).toBe(4);
    expect(cellAt(30 + 13.5, 16 + 5, 3, 10)).toBeNull(); // the gap between columns
    expect(cellAt(30 + 1, 16 + 1, 3, 10)).toBeNull(); // before the first day
    expect(cellAt(30 + 2 * 15 + 1, 16 + 1, 3, 10)).toBeNull(); // after the last
    expect(cellAt(10, 20, 0, 10)).toBeNull(); // the weekday labels
  });
});

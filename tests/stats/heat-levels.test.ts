import { describe, expect, it } from "vitest";
import { heatLevels } from "../../components/charts/heatmap";

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

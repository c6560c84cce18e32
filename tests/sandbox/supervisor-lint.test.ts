/**
 * lib/sandbox/supervisor.py is checked by ruff: Astral's WebAssembly build from npm, so `npm ci` is all a
 * CI machine needs (Debian 12 has no ruff package). These settings are the project's ruff config.
 */
import { readFileSync } from "node:fs";
import { PositionEncoding, Workspace, type Diagnostic } from "@astral-sh/ruff-wasm-nodejs";
import { describe, expect, it } from "vitest";
import { supervisorPath } from "../../lib/sandbox/input";

const settings = {
  "line-length": 100,
  "target-version": "py311", // Debian 12's /usr/bin/python3, which runs the supervisor
  lint: {
    select: ["E", "F", "W", "I", "UP", "B", "ANN", "SIM", "PLE", "PLW", "RUF", "TC"],
    // contextlib.suppress would import contextlib on every sandbox start for nothing.
    ignore: ["SIM105"],
  },
};

const workspace = new Workspace(settings, PositionEncoding.Utf16);
const check = (source: string) =>
  (workspace.check(source) as Diagnostic[]).map(
    (d) => `${d.start_location.row}:${d.start_location.column} ${d.code} ${d.message}`,
  );

describe("supervisor.py under ruff", () => {
  const source = readFileSync(supervisorPath(), "utf8");

  it("has no lint findings (and the linter does find them in bad code)", () => {
    expect(check("import os\ndef f(x):\n    return x\n")).toEqual(
      expect.arrayContaining([expect.stringMatching(/F401/), expect.stringMatching(/ANN001/)]),
    );
    expect(check(source)).toEqual([]);
  });

  it("is formatted as ruff format would write it", () => {
    expect(workspace.format(source) === source, "run ruff format on supervisor.py").toBe(true);
  });
});

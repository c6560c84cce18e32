/** The example output panel and the progress bar as the server renders them. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RunOutput } from "../../components/example-panel/output";
import { ProgressBar } from "../../components/progress-bar";
import type { ProcessResult, RunResult } from "../../lib/sandbox/types";

const proc = (name: string, stdout: string): ProcessResult => ({
  name,
  exitCode: 0,
  signal: null,
  stoppedBySandbox: false,
  stdout,
  stderr: "",
});

const run = (over: Partial<RunResult>): RunResult => ({
  status: "ok",
  processes: [proc("server", "Listening"), proc("client", "From Server: HI")],
  transcript: [],
  durationMs: 120,
  expect: { matched: true, checks: [{ process: "client", matched: true }] },
  ...over,
});

const html = (result: RunResult, order?: string[]) =>
  renderToStaticMarkup(createElement(RunOutput, { result, order }));

describe("the example output panel", () => {
  it("shows the processes in the source files' order, whatever order they ran in", () => {
    const shown = html(run({}), ["client", "server"]);
    expect(shown.indexOf('data-testid="process-client"')).toBeLessThan(
      shown.indexOf('data-testid="process-server"'),
    );
    const asRun = html(run({}));
    expect(asRun.indexOf('data-testid="process-server"')).toBeLessThan(
      asRun.indexOf('data-testid="process-client"'),
    );
  });

  it("a run stopped by the CPU limit doesn't also say the expected output matched", () => {
    const shown = html(run({ status: "limit", limit: "cpu" }));
    expect(shown).toContain("Stopped by the cpu limit: expected output not checked");
    expect(shown).not.toContain("Expected output matched");
    expect(html(run({}))).toContain("Expected output matched");
  });

  it("a run stopped at the time limit doesn't list unmatched checks as failures", () => {
    const shown = html(
      run({
        status: "timeout",
        expect: { matched: false, checks: [{ process: "client", matched: false, reason: "no" }] },
      }),
    );
    expect(shown).toContain("Stopped at the time limit: expected output not checked");
    expect(shown).not.toContain("client: no");
  });
});

describe("the progress bar", () => {
  it("is a progressbar with its values, in the brand colour", () => {
    const shown = renderToStaticMarkup(
      createElement(ProgressBar, {
        value: 3,
        max: 10,
        label: "Quiz progress",
        valueText: "3 of 10",
      }),
    );
    expect(shown).toContain('role="progressbar"');
    expect(shown).toContain('aria-valuenow="3"');
    expect(shown).toContain('aria-valuemax="10"');
    expect(shown).toContain('aria-valuetext="3 of 10"');
    expect(shown).toContain('aria-label="Quiz progress"');
    expect(shown).toContain("bg-brand-600");
    expect(shown).toContain("width:30%");
  });

  it("an empty deck shows an empty bar, not a division by zero", () => {
    const shown = renderToStaticMarkup(
      createElement(ProgressBar, { value: 0, max: 0, label: "Cards sorted" }),
    );
    expect(shown).toContain('aria-valuemax="1"');
    expect(shown).toContain("width:0%");
  });
});

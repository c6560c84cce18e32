/** Checks a run's output against the scenario's `expect` section (format in lib/content/schema.ts). */
import type { Scenario } from "../content/schema";
import type { ExpectCheck, ProcessResult, RunResult } from "./types";

type Expectation = NonNullable<Scenario["expect"]>[string];

export function checkExpectations(
  expect: Scenario["expect"],
  processes: ProcessResult[],
): RunResult["expect"] {
  if (!expect) return null;
  const checks = Object.entries(expect).map(([name, want]) =>
    checkOne(
      name,
      want,
      processes.find((p) => p.name === name),
    ),
  );
  return { matched: checks.every((c) => c.matched), checks };
}

function checkOne(name: string, want: Expectation, got: ProcessResult | undefined): ExpectCheck {
  if (!got) return { process: name, matched: false, reason: "the process did not run" };
  // A plain string may appear in either stream: tracebacks go to stderr.
  if (typeof want === "string") {
    return (got.stdout + got.stderr).includes(want)
      ? { process: name, matched: true }
      : {
          process: name,
          matched: false,
          reason: `output does not contain ${JSON.stringify(want)}`,
        };
  }
  const reasons: string[] = [];
  if (want.stdout !== undefined && !got.stdout.includes(want.stdout))
    reasons.push(`stdout does not contain ${JSON.stringify(want.stdout)}`);
  if (want.stderr !== undefined && !got.stderr.includes(want.stderr))
    reasons.push(`stderr does not contain ${JSON.stringify(want.stderr)}`);
  if (want.exitCode !== undefined && got.exitCode !== want.exitCode) {
    reasons.push(
      `exit code is ${got.exitCode ?? got.signal ?? "unknown"}, expected ${want.exitCode}`,
    );
  }
  return reasons.length
    ? { process: name, matched: false, reason: reasons.join("; ") }
    : { process: name, matched: true };
}

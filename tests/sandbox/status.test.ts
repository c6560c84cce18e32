/** Which limit stopped a run, read from how its process ended. */
import { describe, expect, it } from "vitest";
import { decideStatus } from "../../lib/sandbox/status";
import type { ProcessResult } from "../../lib/sandbox/types";

const noEvents = { timedOut: false, limit: null };

function ended(stderr: string, exitCode = 1): ProcessResult {
  return {
    name: "main",
    exitCode,
    signal: null,
    stdout: "",
    stderr,
    stoppedBySandbox: false,
  };
}

const forkTrace = [
  "Traceback (most recent call last):",
  '  File "/work/main.py", line 3, in <module>',
  "    os.fork()",
  "BlockingIOError: [Errno 11] Resource temporarily unavailable",
];

describe("decideStatus", () => {
  it("names the process limit when a fork bomb's children interleave their tracebacks", () => {
    // Two children's tracebacks, the second cut after its source line by the first's last line.
    const stderr = [...forkTrace, ...forkTrace.slice(0, 3), forkTrace[3], "    os.fork()"].join(
      "\n",
    );
    expect(decideStatus([ended(stderr)], noEvents)).toEqual({
      status: "limit",
      limit: "processes",
    });
  });

  it("trusts the last exception line when the process ended on another error", () => {
    const stderr = "MemoryError\nTraceback (most recent call last):\nValueError: bad port\n";
    expect(decideStatus([ended(stderr)], noEvents)).toEqual({ status: "failed" });
  });

  it("reads memory, file size and thread limits from the last line", () => {
    expect(decideStatus([ended("Traceback\nMemoryError\n")], noEvents)).toEqual({
      status: "limit",
      limit: "memory",
    });
    expect(decideStatus([ended("OSError: [Errno 27] File too large\n")], noEvents).limit).toBe(
      "file size",
    );
    expect(decideStatus([ended("RuntimeError: can't start new thread\n")], noEvents).limit).toBe(
      "processes",
    );
  });

  it("calls a plain failure failed and a clean exit ok", () => {
    expect(decideStatus([ended("Traceback\nKeyError: 'x'\n")], noEvents).status).toBe("failed");
    expect(decideStatus([ended("", 0)], noEvents).status).toBe("ok");
  });
});

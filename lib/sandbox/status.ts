/** Decides a run's status: timeout, a resource limit, a non-zero exit, or ok. */
import type { ProcessResult, RunStatus } from "./types";

// What Python prints when an rlimit or tmpfs cap stops it; the process exits 1 rather than by a signal.
const limitMessages: Array<[RegExp, string]> = [
  [/^MemoryError\b/, "memory"],
  [/^BlockingIOError: \[Errno 11\]/, "processes"],
  [/can't start new thread/, "processes"],
  [/^OSError: \[Errno 27\]/, "file size"],
  [/^OSError: \[Errno 28\]/, "disk space"],
];

export function decideStatus(
  processes: ProcessResult[],
  events: { timedOut: boolean; limit: string | null },
): { status: RunStatus; limit?: string } {
  if (events.timedOut) return { status: "timeout" };
  if (events.limit) return { status: "limit", limit: events.limit };
  const ended = processes.filter((p) => !p.stoppedBySandbox && p.exitCode !== 0);
  for (const p of ended) {
    const limit = limitOf(p);
    if (limit) return { status: "limit", limit };
  }
  return ended.length ? { status: "failed" } : { status: "ok" };
}

function limitOf(p: ProcessResult): string | null {
  if (p.signal === "SIGXCPU") return "cpu";
  if (p.signal === "SIGXFSZ") return "file size";
  const lines = p.stderr.trimEnd().split("\n");
  // An exception's own line last: that exception ended the process, whatever it printed before.
  const last = lines.at(-1) ?? "";
  if (exceptionLine.test(last)) return limitIn(last);
  // Else forked children, which share the process's stderr, interleaved their tracebacks line by
  // line (each line one atomic write) and the limit's message is a few lines up: searched from the end.
  for (const line of lines.reverse()) {
    const limit = limitIn(line);
    if (limit) return limit;
  }
  return null;
}

const exceptionLine = /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)\b/;

function limitIn(line: string): string | null {
  return limitMessages.find(([pattern]) => pattern.test(line))?.[1] ?? null;
}

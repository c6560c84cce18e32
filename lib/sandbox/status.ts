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
  const lastLine = p.stderr.trimEnd().split("\n").at(-1) ?? "";
  return limitMessages.find(([pattern]) => pattern.test(lastLine))?.[1] ?? null;
}

import type { RunResult } from "@/lib/sandbox/types";

/** A sandbox run's outcome: status, each process's output, and whether the expected text appeared. */
export function RunOutput({ result }: { result: RunResult }) {
  return (
    <div className="space-y-2" data-testid="run-output">
      <p className="font-medium">
        Status: {result.status}
        {result.limit ? ` (${result.limit} limit)` : ""} · {Math.round(result.durationMs)} ms
        {result.expect &&
          (result.status === "limit" || result.status === "timeout"
            ? " · stopped early, expected output not checked"
            : result.expect.matched
              ? " · expected output found"
              : " · expected output missing")}
      </p>
      {result.expect?.checks
        .filter((c) => !c.matched)
        .map((c) => (
          <p key={c.process} className="text-sm text-red-700">
            {c.process}: {c.reason}
          </p>
        ))}
      {result.processes.map((p) => (
        <figure key={p.name} className="min-w-0">
          <figcaption className="text-sm font-medium text-slate-800">
            {p.name} (exit {p.exitCode ?? p.signal})
          </figcaption>
          <pre className="max-h-64 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-50">
            {p.stdout}
            {p.stderr && `\n${p.stderr}`}
          </pre>
        </figure>
      ))}
    </div>
  );
}

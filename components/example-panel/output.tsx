import type { ProcessResult, RunResult } from "@/lib/sandbox/types";
import { ExpectBadge, StatusBadge, stoppedEarly } from "./status-badge";
import { Timeline } from "./timeline";

function exitOf(p: ProcessResult): string {
  const how = p.signal ? `signal ${p.signal}` : `exit code ${p.exitCode ?? "?"}`;
  return p.stoppedBySandbox ? `${how} (stopped by the sandbox)` : how;
}

/** The processes in `order` (by name; the example's source files' order), others after. */
export function inOrder(processes: ProcessResult[], order: string[] = []): ProcessResult[] {
  const at = (p: ProcessResult) => {
    const i = order.indexOf(p.name);
    return i === -1 ? order.length : i;
  };
  return [...processes].sort((a, b) => at(a) - at(b));
}

/** One run: status, duration, expect, then every process side by side (stacked when narrow) and the merged timeline. */
export function RunOutput({ result, order }: { result: RunResult; order?: string[] }) {
  const stopped = stoppedEarly(result) !== null;
  return (
    <div className="space-y-3" data-testid="panel-output">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <StatusBadge result={result} />
        <span className="text-xs text-slate-700">{Math.round(result.durationMs)} ms</span>
        <ExpectBadge result={result} />
      </p>
      {result.expect?.checks
        .filter((c) => !c.matched && !stopped)
        .map((c) => (
          <p key={c.process} className="text-sm text-red-900">
            {c.process}: {c.reason}
          </p>
        ))}
      <div className="grid gap-3 @xl:grid-cols-2">
        {inOrder(result.processes, order).map((p) => (
          <figure
            key={p.name}
            className="min-w-0 rounded-lg border border-slate-300"
            data-testid={`process-${p.name}`}
          >
            <figcaption className="flex flex-wrap justify-between gap-2 border-b border-slate-300 bg-slate-50 px-3 py-1.5 text-sm">
              <span className="font-semibold text-slate-900">{p.name}</span>
              <span className="text-slate-700">{exitOf(p)}</span>
            </figcaption>
            <pre className="whitespace-pre-wrap break-words px-3 py-2 font-mono text-xs text-slate-900">
              {p.stdout || <span className="text-slate-600">(no output)</span>}
            </pre>
            {p.stderr && (
              <pre className="whitespace-pre-wrap break-words border-t-2 border-dashed border-red-700 bg-red-50 px-3 py-2 font-mono text-xs text-red-950">
                <span className="font-sans font-semibold">stderr: </span>
                {p.stderr}
              </pre>
            )}
          </figure>
        ))}
      </div>
      <Timeline lines={result.transcript} />
    </div>
  );
}

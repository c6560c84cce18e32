import type { RunResult } from "@/lib/sandbox/types";

// Each status has its own word and symbol, so colour is never the only signal.
const looks: Record<RunResult["status"], { symbol: string; className: string; label: string }> = {
  ok: { symbol: "✓", className: "border-green-700 bg-green-50 text-green-900", label: "ok" },
  failed: { symbol: "✗", className: "border-red-700 bg-red-50 text-red-900", label: "failed" },
  timeout: {
    symbol: "⏱",
    className: "border-amber-700 bg-amber-50 text-amber-950",
    label: "timeout",
  },
  limit: { symbol: "⛔", className: "border-amber-700 bg-amber-50 text-amber-950", label: "limit" },
};

export function StatusBadge({ result }: { result: RunResult }) {
  const look = looks[result.status];
  return (
    <span
      data-testid="run-status"
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${look.className}`}
    >
      <span aria-hidden="true">{look.symbol}</span> Status: {look.label}
      {result.limit ? ` (${result.limit})` : ""}
    </span>
  );
}

/** Words for a run the sandbox cut short, which says nothing about the expected output. */
export function stoppedEarly(result: RunResult): string | null {
  if (result.status === "limit") return `Stopped by the ${result.limit ?? "sandbox"} limit`;
  if (result.status === "timeout") return "Stopped at the time limit";
  return null;
}

export function ExpectBadge({ result }: { result: RunResult }) {
  const { expect } = result;
  if (!expect) return <span className="text-xs text-slate-600">No expected output set</span>;
  const stopped = stoppedEarly(result);
  if (stopped)
    return (
      <span className="text-xs font-semibold text-amber-950">
        {stopped}: expected output not checked
      </span>
    );
  return expect.matched ? (
    <span className="text-xs font-semibold text-green-900">
      <span aria-hidden="true">✓ </span>Expected output matched
    </span>
  ) : (
    <span className="text-xs font-semibold text-red-900">
      <span aria-hidden="true">✗ </span>Expected output not matched
    </span>
  );
}

import type { TranscriptLine } from "@/lib/sandbox/types";
import { pluralize } from "@/lib/format/plural";

/** Every line of every process in the order it arrived; stderr lines are marked in words and with a dashed rule, not only red. */
export function Timeline({ lines }: { lines: TranscriptLine[] }) {
  if (lines.length === 0) return null;
  return (
    <details className="@container text-sm" open>
      <summary className="cursor-pointer font-medium text-brand-700">
        Timeline ({pluralize(lines.length, "line")})
      </summary>
      <ol
        className="mt-1 max-h-72 overflow-auto rounded-lg border border-slate-300 font-mono text-xs focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
        tabIndex={0}
        aria-label="Timeline of output lines"
      >
        {lines.map((line, i) => (
          <li
            key={i}
            className={`grid grid-cols-[4rem_1fr_auto] gap-x-2 @md:grid-cols-[4.5rem_5rem_3.5rem_1fr] px-2 py-0.5 ${line.stream === "stderr" ? "border-l-4 border-dashed border-red-700 bg-red-50 text-red-950" : "border-l-4 border-transparent text-slate-900"}`}
          >
            <span className="text-right text-slate-700">{line.ms.toFixed(0)} ms</span>
            <span className="truncate font-semibold">{line.process}</span>
            <span className={line.stream === "stderr" ? "font-bold uppercase" : "text-slate-700"}>
              {line.stream}
            </span>
            <span className="col-span-3 min-w-0 whitespace-pre-wrap break-words @md:col-span-1">
              {line.text}
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}

"use client";
/**
 * The output panel beside a card or question that names an example: server and client output side by side, the timeline,
 * Run / Edit / Reset. Pass `initial` from the server (lib/sandbox/last-run.ts) so the stored last run shows at once;
 * without it the panel fetches the same data from GET /api/sandbox/run.
 */
import type { PanelExample } from "@/lib/sandbox/result-schema";
import { PanelBody } from "./example-panel/panel-body";
import { usePanelExample } from "./example-panel/use-panel-example";

export function ExamplePanel({
  exampleId,
  initial,
}: {
  exampleId: string;
  initial?: PanelExample | null;
}) {
  const load = usePanelExample(exampleId, initial);
  if (load.state === "ready") return <PanelBody example={load.example} />;
  return (
    <p
      role="status"
      className="rounded-xl border border-slate-300 bg-white p-3 text-sm text-slate-700"
      data-testid="example-panel-loading"
    >
      {load.state === "loading" ? "Loading the runnable example…" : load.error}
    </p>
  );
}

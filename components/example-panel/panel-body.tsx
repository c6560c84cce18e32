"use client";
/** Run / Edit / Reset around one example, the run on screen, and a live line saying what is happening. */
import { useId, useState } from "react";
import { useOnline } from "@/components/offline/use-online";
import type { PanelExample } from "@/lib/sandbox/result-schema";
import { FilesEditor } from "./files-editor";
import { RunOutput } from "./output";
import { RanAgo } from "./ran-ago";
import { useRun } from "./use-run";

const button =
  "rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:cursor-not-allowed disabled:opacity-60";

/** Process names in the order their source files are listed (client.py before server.py). */
const processOrder = (example: PanelExample) => {
  const at = (run: string) => example.files.findIndex((f) => f.name === run);
  return [...example.processes].sort((a, b) => at(a.run) - at(b.run)).map((p) => p.name);
};

export function PanelBody({ example }: { example: PanelExample }) {
  const id = useId();
  const { state, run } = useRun(example.id, example.lastRun);
  const online = useOnline();
  const [editing, setEditing] = useState(false);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [generation, setGeneration] = useState(0);
  const changed = Object.fromEntries(
    Object.entries(edits).filter(
      ([name, text]) => example.files.find((f) => f.name === name)?.content !== text,
    ),
  );
  const edited = Object.keys(changed).length > 0;
  const status = state.running
    ? state.queued
      ? `Queued: ${state.queued} ahead of you`
      : "Running…"
    : state.error
      ? ""
      : state.shown?.fresh
        ? `Finished: ${state.shown.result.status}`
        : "";
  const shown = state.shown;

  return (
    <div
      role="group"
      aria-labelledby={`${id}-title`}
      className="@container space-y-3 rounded-xl border border-slate-300 bg-white p-3 sm:p-4"
      data-testid="example-panel"
      data-example={example.id}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p id={`${id}-title`} className="text-sm font-semibold text-slate-900">
          <span aria-hidden="true">▶ </span>
          {example.title}{" "}
          <span className="font-normal text-slate-700">({processOrder(example).join(" + ")})</span>
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={`${button} bg-brand-700 text-white hover:bg-brand-800`}
            disabled={state.running || !online}
            onClick={() => void run(edited ? changed : undefined)}
          >
            {edited ? "Run edited code" : "Run"}
            <span className="sr-only"> {example.title}</span>
            {!online && <span className="font-normal"> (needs a connection)</span>}
          </button>
          <button
            type="button"
            className={`${button} border border-slate-400 text-slate-800 hover:bg-slate-100`}
            aria-expanded={editing}
            aria-controls={`${id}-editor`}
            onClick={() => setEditing((e) => !e)}
          >
            {editing ? "Hide code" : "Edit"}
            <span className="sr-only"> {example.title}</span>
          </button>
          <button
            type="button"
            className={`${button} border border-slate-400 text-slate-800 hover:bg-slate-100`}
            disabled={!edited}
            onClick={() => {
              setEdits({});
              setGeneration((g) => g + 1);
            }}
          >
            Reset<span className="sr-only"> {example.title} to its original code</span>
          </button>
        </div>
      </div>
      <div id={`${id}-editor`} hidden={!editing}>
        {editing && (
          <FilesEditor
            idPrefix={`${id}-file`.replace(/:/g, "")}
            files={example.files}
            edits={edits}
            generation={generation}
            onChange={(name, text) => setEdits((e) => ({ ...e, [name]: text }))}
          />
        )}
      </div>
      <p
        role="status"
        aria-live="polite"
        className="flex min-h-5 items-center gap-2 text-sm text-slate-800"
        data-testid="panel-status"
      >
        {state.running && (
          <span
            aria-hidden="true"
            className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-brand-700 border-t-transparent"
          />
        )}
        {status}
      </p>
      {state.error && (
        <p
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          {state.error}
        </p>
      )}
      {shown ? (
        <div className="space-y-2">
          <p className="text-xs text-slate-700" data-testid="panel-when">
            {shown.fresh
              ? shown.edited
                ? "Your edited code"
                : "This example's code"
              : "Last run of this example's code"}{" "}
            · <RanAgo ranAt={shown.ranAt} />
          </p>
          <RunOutput result={shown.result} order={processOrder(example)} />
        </div>
      ) : (
        <p className="text-sm text-slate-700">
          Not run yet: press Run to see the server and client side by side.
        </p>
      )}
    </div>
  );
}

"use client";
/** Runs an example through POST /api/sandbox/run as an ndjson stream: queue places, then the result or an error. */
import { useCallback, useState } from "react";
import type { RunStreamLine, StoredRun } from "@/lib/sandbox/result-schema";

export interface RunState {
  running: boolean;
  /** Runs waiting ahead of this one, while it waits; null once it runs. */
  queued: number | null;
  /** The run on screen: the stored last run at first, then the newest result. */
  shown: (StoredRun & { edited: boolean; fresh: boolean }) | null;
  error: string | null;
}

export function useRun(exampleId: string, stored: StoredRun | null) {
  const [state, setState] = useState<RunState>({
    running: false,
    queued: null,
    shown: stored && { ...stored, edited: false, fresh: false },
    error: null,
  });

  const run = useCallback(
    async (files: Record<string, string> | undefined) => {
      setState((s) => ({ ...s, running: true, queued: null, error: null }));
      const onLine = (line: RunStreamLine) =>
        setState((s) => {
          if (line.type === "queued") return { ...s, queued: line.position };
          if (line.type === "started") return { ...s, queued: null };
          if (line.type === "error")
            return { ...s, running: false, queued: null, error: line.error };
          return {
            running: false,
            queued: null,
            error: null,
            shown: {
              result: line.result,
              ranAt: new Date().toISOString(),
              edited: files !== undefined,
              fresh: true,
            },
          };
        });
      try {
        const [{ errorBody, runStreamLineSchema }, res] = await Promise.all([
          import("./panel-schemas"),
          fetch("/api/sandbox/run", {
            method: "POST",
            headers: { "content-type": "application/json", accept: "application/x-ndjson" },
            body: JSON.stringify({ exampleId, files }),
          }),
        ]);
        if (!res.ok || !res.body) {
          const body = errorBody.safeParse(await res.json().catch(() => null));
          onLine({
            type: "error",
            status: res.status,
            error: body.success ? body.data.error : `The run failed (HTTP ${res.status}).`,
          });
          return;
        }
        await readLines(res.body, (text) => {
          const line = runStreamLineSchema.safeParse(JSON.parse(text));
          if (line.success) onLine(line.data);
        });
      } catch {
        onLine({
          type: "error",
          status: 0,
          error: "The connection to the server was lost; try again.",
        });
      }
      // A stream that ended without a result still frees the Run button.
      setState((s) =>
        s.running
          ? {
              ...s,
              running: false,
              queued: null,
              error: s.error ?? "The run ended without a result; try again.",
            }
          : s,
      );
    },
    [exampleId],
  );

  return { state, run };
}

async function readLines(
  body: ReadableStream<Uint8Array>,
  onLine: (text: string) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
      if (buffer.slice(0, i).trim()) onLine(buffer.slice(0, i));
      buffer = buffer.slice(i + 1);
    }
  }
}

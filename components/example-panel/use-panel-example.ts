"use client";
/** The panel's data: given by the server when it rendered the page, else fetched once from GET /api/sandbox/run. */
import { useEffect, useState } from "react";
import type { PanelExample } from "@/lib/sandbox/result-schema";

export type PanelLoad =
  | { state: "loading" }
  | { state: "error"; error: string }
  | { state: "ready"; example: PanelExample };

export function usePanelExample(
  exampleId: string,
  initial: PanelExample | null | undefined,
): PanelLoad {
  const [load, setLoad] = useState<PanelLoad>(
    initial
      ? { state: "ready", example: initial }
      : initial === null
        ? { state: "error", error: `The example "${exampleId}" is not available.` }
        : { state: "loading" },
  );
  useEffect(() => {
    if (initial !== undefined) return;
    let cancelled = false;
    fetch(`/api/sandbox/run?exampleId=${encodeURIComponent(exampleId)}`)
      .then(async (res) => {
        const { responseSchema } = await import("./panel-schemas");
        return responseSchema.parse(await res.json());
      })
      .then((body) => {
        if (!cancelled)
          setLoad(
            body.ok
              ? { state: "ready", example: body.example }
              : { state: "error", error: body.error },
          );
      })
      .catch(() => {
        if (!cancelled)
          setLoad({
            state: "error",
            error: "The example could not be loaded; reload the page to try again.",
          });
      });
    return () => {
      cancelled = true;
    };
  }, [exampleId, initial]);
  return load;
}

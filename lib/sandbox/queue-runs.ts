/** SandboxRun rows as the job queue finishes them: results, and errors with the HTTP status the learner gets. */
import type pg from "pg";
import { z } from "zod";
import { db } from "../db";
import { notifyRun } from "./pg-queue";
import { runResultSchema, runStatuses } from "./result-schema";
import type { RunExampleOutcome } from "./runner-types";

/** What a run's `result` holds when its status is "error". */
export const runErrorSchema = z.object({
  error: z.string(),
  httpStatus: z.union([z.literal(400), z.literal(503)]),
});

export const NO_WORKER_MESSAGE = "No sandbox worker is running, so code cannot run right now";
export const NO_WORKER_FIX = "ask the operator to start one: npm run sandbox:worker";
export const NO_WORKER = `${NO_WORKER_MESSAGE} (${NO_WORKER_FIX})`;
export const WORKER_LOST = "The sandbox worker stopped during this run; run it again.";

/** Marks still-running runs failed with `message` (503) and tells their waiting learners. */
export async function failRuns(pool: pg.Pool, runIds: string[], message: string): Promise<void> {
  if (runIds.length === 0) return;
  await db.sandboxRun.updateMany({
    where: { id: { in: runIds }, status: "running" },
    data: { status: "error", result: JSON.stringify({ error: message, httpStatus: 503 }) },
  });
  for (const id of runIds) await notifyRun(pool, id, "finished");
}

/** The learner's answer from a finished row; null while it still runs. */
export function outcomeOfRow(row: { status: string; result: string }): RunExampleOutcome | null {
  if (row.status === "running") return null;
  let json: unknown;
  try {
    json = JSON.parse(row.result);
  } catch {
    json = null;
  }
  if ((runStatuses as readonly string[]).includes(row.status)) {
    const result = runResultSchema.safeParse(json);
    if (result.success) return { ok: true, result: result.data };
  }
  const failure = runErrorSchema.safeParse(json);
  return failure.success
    ? { ok: false, status: failure.data.httpStatus, error: failure.data.error }
    : {
        ok: false,
        status: 503,
        error: "The sandbox worker's answer could not be read; run it again.",
      };
}

/**
 * Runs an example for a signed-in user (the data-access layer behind POST /api/sandbox/run): loads it from the
 * database, applies the learner's edits, rate-limits per user, runs it through the queue and stores the run.
 */
import "server-only";
import { createHash } from "node:crypto";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { ScenarioInputError, SandboxUnavailableError } from "./errors";
import { runQueue } from "./queue";
import type { RunRequest } from "./request";
import { checkScenarioFiles, withEditedFiles } from "./scenario";
import type { RunResult } from "./types";

export const RUNS_PER_MINUTE = 10;

export type RunExampleOutcome = { ok: true; result: RunResult } | { ok: false; status: 400 | 404 | 429 | 503; error: string };

export async function runExample(user: CurrentUser, request: RunRequest, signal?: AbortSignal): Promise<RunExampleOutcome> {
  // Learners run published examples; instructors and admins may also run drafts.
  const where = user.role === "LEARNER" ? { id: request.exampleId, archivedAt: null, status: "published" } : { id: request.exampleId, archivedAt: null };
  const example = await db.example.findFirst({ where, select: { id: true, scenario: true, files: { select: { name: true, content: true } } } });
  if (!example) return { ok: false, status: 404, error: `no example "${request.exampleId}"` };
  let input;
  try {
    const base = checkScenarioFiles(JSON.parse(example.scenario), Object.fromEntries(example.files.map((f) => [f.name, f.content])));
    input = request.files ? withEditedFiles(base, request.files) : base;
  } catch (error) {
    if (error instanceof ScenarioInputError) return { ok: false, status: 400, error: error.message };
    throw error;
  }
  const edited = request.files !== undefined && Object.entries(request.files).some(([name, text]) => example.files.find((f) => f.name === name)?.content !== text);
  const inputHash = createHash("sha256").update(JSON.stringify(input)).digest("hex");
  // Count and claim in one transaction so parallel requests cannot slip past the limit.
  const claim = await db.$transaction(async (tx) => {
    const recent = await tx.sandboxRun.count({ where: { userId: user.id, ranAt: { gte: new Date(Date.now() - 60_000) } } });
    if (recent >= RUNS_PER_MINUTE) return null;
    return tx.sandboxRun.create({ data: { exampleId: example.id, userId: user.id, inputHash, edited, status: "running", result: "{}" }, select: { id: true } });
  });
  if (!claim) return { ok: false, status: 429, error: `at most ${RUNS_PER_MINUTE} runs a minute; try again shortly` };
  try {
    const result = await runQueue.run(input, { signal });
    await db.sandboxRun.update({ where: { id: claim.id }, data: { status: result.status, result: JSON.stringify(result), ranAt: new Date() } });
    return { ok: true, result };
  } catch (error) {
    await db.sandboxRun.update({ where: { id: claim.id }, data: { status: "error" } });
    if (error instanceof SandboxUnavailableError) return { ok: false, status: 503, error: error.message };
    if (error instanceof ScenarioInputError) return { ok: false, status: 400, error: error.message };
    throw error;
  }
}

/**
 * Runs an example for a signed-in user (the data-access layer behind POST /api/sandbox/run): loads it from the
 * database, applies the learner's edits, rate-limits per user, runs it through the queue and stores the run.
 */
import { env } from "../env";
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { lockUserRow } from "../db/locks";
import { checkSandbox } from "./bwrap";
import { ScenarioInputError, SandboxUnavailableError } from "./errors";
import { exampleInput, findExample, inputHashOf } from "./example-input";
import { sharedJobQueueRunner } from "./job-runner";
import { runQueue, type QueuedRunOptions } from "./queue";
import { queueConfig } from "./queue-config";
import type { RunRequest } from "./request";
import type { ClaimedRun, RunExampleOutcome, RunFailure, SandboxRunner } from "./runner-types";
import { withEditedFiles } from "./scenario";

export type { ClaimedRun, RunExampleOutcome, RunFailure, SandboxRunner } from "./runner-types";

export const RUNS_PER_MINUTE = env.SANDBOX_RUNS_PER_MINUTE;
const CLAIM_TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

/** This process's queue and this host's bubblewrap: the embedded default (SQLite, or SANDBOX_QUEUE=in-process). */
export const inProcessRunner: SandboxRunner = {
  ready: checkSandbox,
  run: (input, options) => runQueue.run(input, options),
};

/** With PostgreSQL, the job queue that `npm run sandbox:worker` processes take from (decision 0019). */
function currentRunner(): SandboxRunner {
  const config = queueConfig();
  return config.mode === "postgres"
    ? sharedJobQueueRunner(config.DATABASE_URL, config.SANDBOX_WORKER_STALE_SECONDS)
    : inProcessRunner;
}

export const appRunner: SandboxRunner = {
  ready: () => currentRunner().ready(),
  run: (input, options) => currentRunner().run(input, options),
  runClaimed: (claimed, options) => {
    const runner = currentRunner();
    return runner.runClaimed
      ? runner.runClaimed(claimed, options)
      : finishHere(claimed, runner, options);
  },
};

export async function claimRun(
  user: CurrentUser,
  request: RunRequest,
  runner: SandboxRunner = appRunner,
): Promise<{ ok: true; claimed: ClaimedRun } | RunFailure> {
  const example = await findExample(user, request.exampleId);
  if (!example) return { ok: false, status: 404, error: `no example "${request.exampleId}"` };
  let input;
  try {
    const base = exampleInput(example);
    input = request.files ? withEditedFiles(base, request.files) : base;
  } catch (error) {
    if (error instanceof ScenarioInputError)
      return { ok: false, status: 400, error: error.message };
    throw error;
  }
  // Before claiming: a host without bubblewrap must not use up the learner's runs.
  try {
    await runner.ready();
  } catch (error) {
    if (error instanceof SandboxUnavailableError)
      return { ok: false, status: 503, error: error.message };
    throw error;
  }
  // Only runs of the example's own files may become its stored "last run".
  const edited =
    request.files !== undefined &&
    Object.entries(request.files).some(
      ([name, text]) => example.files.find((f) => f.name === name)?.content !== text,
    );
  const inputHash = inputHashOf(input);
  // Count and claim in one transaction, holding the user's row, so parallel requests (on any
  // app process) cannot slip past the limit (lib/db/locks.ts).
  const claim = await db.$transaction(async (tx) => {
    await lockUserRow(tx, user.id);
    const recent = await tx.sandboxRun.count({
      where: { userId: user.id, ranAt: { gte: new Date(Date.now() - 60_000) } },
    });
    if (recent >= RUNS_PER_MINUTE) return null;
    return tx.sandboxRun.create({
      data: {
        exampleId: example.id,
        userId: user.id,
        inputHash,
        edited,
        status: "running",
        result: "{}",
      },
      select: { id: true },
    });
    // One learner's burst waits in line for their row: give the line time (Prisma's 2 s / 5 s are tight under load).
  }, CLAIM_TRANSACTION);
  if (!claim)
    return {
      ok: false,
      status: 429,
      error: `at most ${RUNS_PER_MINUTE} runs a minute; try again shortly`,
    };
  return { ok: true, claimed: { id: claim.id, input } };
}

export function finishRun(
  claimed: ClaimedRun,
  runner: SandboxRunner = appRunner,
  options: QueuedRunOptions = {},
): Promise<RunExampleOutcome> {
  return runner.runClaimed
    ? runner.runClaimed(claimed, options)
    : finishHere(claimed, runner, options);
}

/** Runs it in this process and stores the result. */
async function finishHere(
  claimed: ClaimedRun,
  runner: SandboxRunner,
  options: QueuedRunOptions,
): Promise<RunExampleOutcome> {
  try {
    const result = await runner.run(claimed.input, options);
    await db.sandboxRun.update({
      where: { id: claimed.id },
      data: { status: result.status, result: JSON.stringify(result), ranAt: new Date() },
    });
    return { ok: true, result };
  } catch (error) {
    await db.sandboxRun.update({ where: { id: claimed.id }, data: { status: "error" } });
    if (error instanceof SandboxUnavailableError)
      return { ok: false, status: 503, error: error.message };
    if (error instanceof ScenarioInputError)
      return { ok: false, status: 400, error: error.message };
    throw error;
  }
}

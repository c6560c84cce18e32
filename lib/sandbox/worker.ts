/**
 * A sandbox worker (decision 0019): takes sandbox-run jobs from the PostgreSQL queue, runs them with
 * this machine's bubblewrap (its own concurrency and warm spares) and finishes the SandboxRun row.
 * `npm run sandbox:worker` runs one per process; tests start them in-process or as child processes.
 */
import { EventEmitter } from "node:events";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { run, type Runner, type Task, type WorkerEvents } from "graphile-worker";
import { db } from "../db";
import { checkSandbox } from "./bwrap";
import { SandboxUnavailableError, ScenarioInputError } from "./errors";
import {
  jobPayloadSchema,
  notifyRun,
  prepareQueue,
  queueLogger,
  queuePool,
  recoverDeadWorkers,
  TASK,
} from "./pg-queue";
import { SandboxPool } from "./pool";
import { RunQueue } from "./queue";
import { failRuns } from "./queue-runs";
import { checkScenarioFiles } from "./scenario";

export interface WorkerRunEvent {
  workerId: string;
  runId: string;
  /** 1 for the first attempt, 2 for the retry after a worker died mid-run. */
  attempt: number;
  status: string;
  startedAt: number;
  endedAt: number;
}

export interface SandboxWorkerOptions {
  connectionString: string;
  concurrency: number;
  /** No heartbeat for this long: a worker counts as dead (decision 0019). */
  staleSeconds: number;
  onRun?: (event: WorkerRunEvent) => void;
  /** This worker could not beat in time (or was declared dead): its runs were killed and it stopped. */
  onFenced?: (reason: string) => void;
}

export interface SandboxWorker {
  id: string;
  /** Stop taking jobs, finish the running ones, remove this worker's row, release everything. */
  stop(): Promise<void>;
}

class FencedError extends Error {}

export async function startSandboxWorker(options: SandboxWorkerOptions): Promise<SandboxWorker> {
  await checkSandbox(); // never start on a host that cannot sandbox: jobs would only fail here
  const { concurrency, staleSeconds } = options;
  const pool = queuePool(options.connectionString, concurrency + 4);
  await prepareQueue(pool);
  const id = `${hostname()}-${process.pid}-${randomBytes(4).toString("hex")}`;
  await pool.query(
    "INSERT INTO recall_sandbox.workers (id, host, pid, concurrency) VALUES ($1, $2, $3, $4)",
    [id, hostname(), process.pid, concurrency],
  );
  const sandboxes = new RunQueue(concurrency, new SandboxPool(concurrency));
  void sandboxes.pool?.refill();
  const running = new Map<string, AbortController>();
  // graphile-worker gives each of its `concurrency` workers an id of its own; jobs are locked by those.
  const graphileIds = new Set<string>();
  const stored = new Set<string>();
  let lastBeat = performance.now();
  let fenced: string | null = null;
  let stopping: Promise<void> | null = null;
  // Set once graphile-worker runs; a fence before that stops it as soon as it does.
  let stopWorker: () => Promise<void> = () => Promise.resolve();
  // Others wait the whole stale time before taking this worker's jobs; it stops its own runs well
  // before that (decision 0019), leaving room for a slow reply and the kill.
  const fenceMs = staleSeconds * 1000 * 0.6;

  const storeIds = async () => {
    const ids = [...graphileIds];
    const { rowCount } = await pool.query(
      "UPDATE recall_sandbox.workers SET heartbeat_at = now(), graphile_ids = $2 WHERE id = $1",
      [id, ids],
    );
    if (rowCount === 0) return fence("another worker declared this one dead");
    lastBeat = performance.now();
    ids.forEach((i) => stored.add(i));
  };

  const fence = (reason: string) => {
    if (fenced) return;
    fenced = reason;
    for (const abort of running.values()) abort.abort();
    options.onFenced?.(reason);
    void stopWorker();
  };

  // The heartbeat and the recovery of others each have their own guard: a slow recovery
  // (locks, a busy server) must never hold this worker's own heartbeat back.
  let beating = false;
  let recovering = false;
  const beat = async () => {
    if (!beating && !fenced) {
      beating = true;
      storeIds()
        .catch((error: Error) =>
          process.stderr.write(`sandbox worker ${id}: heartbeat failed: ${error.message}\n`),
        )
        .finally(() => (beating = false));
    }
    if (recovering || fenced) return;
    recovering = true;
    try {
      const { failed } = await recoverDeadWorkers(pool, staleSeconds);
      await failRuns(
        pool,
        failed,
        "The sandbox worker stopped twice during this run; run it again.",
      );
    } catch (error) {
      process.stderr.write(`sandbox worker ${id}: recovery failed: ${(error as Error).message}\n`);
    } finally {
      recovering = false;
    }
  };
  const beatTimer = setInterval(() => void beat(), Math.min(1000, fenceMs / 4));
  // Separate from the beat itself, which may hang on a lost connection.
  const fenceTimer = setInterval(() => {
    if (performance.now() - lastBeat > fenceMs)
      fence(`no heartbeat stored for ${Math.round(fenceMs / 1000)} s`);
  }, 100);

  const task: Task = async (payload, helpers) => {
    const locker = helpers.job.locked_by;
    if (locker && !stored.has(locker)) {
      graphileIds.add(locker);
      await storeIds();
    }
    if (fenced) throw new FencedError(fenced);
    const { runId, input } = jobPayloadSchema.parse(payload);
    const row = await db.sandboxRun.findUnique({ where: { id: runId }, select: { status: true } });
    if (row?.status !== "running") return; // cancelled or failed by the app, or done already
    const startedAt = Date.now();
    await notifyRun(pool, runId, "started");
    const abort = new AbortController();
    running.set(runId, abort);
    let status: string;
    let result: string;
    try {
      const result0 = await sandboxes.run(checkScenarioFiles(input.scenario, input.files), {
        signal: abort.signal,
      });
      status = result0.status;
      result = JSON.stringify(result0);
    } catch (error) {
      if (error instanceof SandboxUnavailableError || error instanceof ScenarioInputError) {
        status = "error";
        result = JSON.stringify({
          error: error.message,
          httpStatus: error instanceof SandboxUnavailableError ? 503 : 400,
        });
      } else throw error;
    } finally {
      running.delete(runId);
    }
    // Killed by the fence, or too late to be sure no other worker took it: let the queue retry it.
    if (abort.signal.aborted || fenced || performance.now() - lastBeat > fenceMs)
      throw new FencedError(fenced ?? "heartbeat too old to keep the result");
    await db.sandboxRun.updateMany({
      where: { id: runId, status: "running" },
      data: { status, result, ranAt: new Date() },
    });
    await notifyRun(pool, runId, "finished");
    options.onRun?.({
      workerId: id,
      runId,
      attempt: helpers.job.attempts,
      status,
      startedAt,
      endedAt: Date.now(),
    });
  };

  const events = new EventEmitter() as WorkerEvents;
  events.on("worker:create", ({ worker }) => {
    graphileIds.add(worker.workerId);
    void storeIds().catch(() => undefined);
  });
  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      concurrency,
      noHandleSignals: true,
      pollInterval: 1000,
      taskList: { [TASK]: task },
      logger: queueLogger,
      events,
    });
  } catch (error) {
    clearInterval(beatTimer);
    clearInterval(fenceTimer);
    await pool.query("DELETE FROM recall_sandbox.workers WHERE id = $1", [id]).catch(() => {});
    await pool.end();
    throw error;
  }

  stopWorker = () =>
    (stopping ??= (async () => {
      await runner.stop().catch(() => undefined);
      clearInterval(beatTimer);
      clearInterval(fenceTimer);
      sandboxes.pool?.close();
      // Gone at once rather than stale in N seconds: the app stops sending runs here.
      await pool.query("DELETE FROM recall_sandbox.workers WHERE id = $1", [id]).catch(() => {});
      await pool.end();
    })());

  if (fenced) void stopWorker(); // fenced while graphile-worker started
  return { id, stop: stopWorker };
}

/**
 * A sandbox worker (decision 0019): takes sandbox-run jobs from the PostgreSQL queue, runs them with
 * this machine's bubblewrap (its own concurrency and warm spares) and finishes the SandboxRun row.
 * `npm run sandbox:worker` runs one per process; tests start them in-process or as child processes.
 */
import { EventEmitter } from "node:events";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { run, type Runner, type Task, type WorkerEvents } from "graphile-worker";
import pg from "pg";
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
  registerWorker,
  TASK,
  touchWorker,
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
  /**
   * How long PostgreSQL keeps the session of a worker cut off without a word (machine gone,
   * network down); a killed worker's session ends at once. The worker stops its own runs when its
   * session has not answered for 30% of this (decision 0019).
   */
  staleSeconds: number;
  onRun?: (event: WorkerRunEvent) => void;
  /** This worker lost its database session (or was declared dead): its runs were killed and it stopped. */
  onFenced?: (reason: string) => void;
}

export interface SandboxWorker {
  id: string;
  /** Stop taking jobs, finish the running ones, remove this worker's row, release everything. */
  stop(): Promise<void>;
}

class FencedError extends Error {}

/** How often the worker asks its liveness session whether it is still there, and recovers others. */
const BEAT_MS = 1000;

/** A session unanswered this long: the worker kills its runs (it may be cut off; decision 0019). */
export const fenceMs = (staleSeconds: number) => staleSeconds * 400;
/**
 * Others release a dead worker's jobs this long after its session ended: a worker whose session
 * ended while it lives has by then asked (a beat), waited out the fence and killed its runs.
 */
export const graceSeconds = (staleSeconds: number) => (BEAT_MS + fenceMs(staleSeconds)) / 1000 + 1;

export async function startSandboxWorker(options: SandboxWorkerOptions): Promise<SandboxWorker> {
  await checkSandbox(); // never start on a host that cannot sandbox: jobs would only fail here
  const { concurrency, staleSeconds } = options;
  const pool = queuePool(options.connectionString, concurrency + 4);
  await prepareQueue(pool);
  const id = `${hostname()}-${process.pid}-${randomBytes(4).toString("hex")}`;
  // The liveness session: alive exactly as long as this process and its connection (decision 0019).
  const session = new pg.Client({
    connectionString: options.connectionString,
    application_name: `recall-sandbox-worker ${id}`.slice(0, 63),
    keepAlive: true,
    keepAliveInitialDelayMillis: 1000,
  });
  let fenced: string | null = null;
  const running = new Map<string, AbortController>();
  let stopping: Promise<void> | null = null;
  // Set once graphile-worker runs; a fence before that stops it as soon as it does.
  let stopWorker: () => Promise<void> = () => Promise.resolve();
  const sessionLost = (why: string) => () => fence(`its database session ${why}`);
  session.on("error", (error) => sessionLost(`failed: ${error.message}`)());
  session.on("end", sessionLost("ended"));
  try {
    await session.connect();
    await registerWorker(
      session,
      { id, host: hostname(), pid: process.pid, concurrency },
      staleSeconds,
    );
  } catch (error) {
    session.removeAllListeners("end");
    await session.end().catch(() => undefined);
    await pool.end();
    throw error;
  }
  const sandboxes = new RunQueue(concurrency, new SandboxPool(concurrency));
  void sandboxes.pool?.refill();
  // graphile-worker gives each of its `concurrency` workers an id of its own; jobs are locked by
  // those. They are stored in this worker's row before any of them may take a job (`idsStored`).
  const graphileIds = new Set<string>();
  let markIdsStored: (value: null) => void = () => {};
  const idsStored = new Promise<null>((resolve) => (markIdsStored = resolve));
  let stored = false;
  const fenceAfterMs = fenceMs(staleSeconds);

  function fence(reason: string) {
    if (fenced) return;
    fenced = reason;
    for (const abort of running.values()) abort.abort();
    options.onFenced?.(reason);
    void stopWorker();
  }

  // One question at a time on the session, in order; `waited`: how long the one in flight has been
  // unanswered, counted by the fence timer below.
  let inFlight = false;
  let waited = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const ask = (ids?: string[]): Promise<boolean> => {
    const asked = queue.then(async () => {
      inFlight = true;
      waited = 0;
      try {
        const mine = await touchWorker(session, id, ids);
        if (!mine) fence("another worker declared this one dead");
        return mine && !fenced;
      } finally {
        inFlight = false;
      }
    });
    queue = asked.catch(() => undefined);
    return asked;
  };
  const storeIds = () =>
    ask([...graphileIds]).then((ok) => {
      if (ok && !stored) {
        stored = true;
        markIdsStored(null);
      }
    });

  let recovering = false;
  // Until the end of a graceful stop too: a run still finishing must die with a lost session.
  const beat = async () => {
    if (fenced) return;
    if (!inFlight)
      void ask().catch((error: Error) =>
        process.stderr.write(`sandbox worker ${id}: liveness check failed: ${error.message}\n`),
      );
    if (recovering) return;
    recovering = true;
    try {
      const { failed } = await recoverDeadWorkers(pool, graceSeconds(staleSeconds));
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
  const beatTimer = setInterval(() => void beat(), BEAT_MS);
  // Apart from the beat, which may hang on a lost connection. Each tick counts at most a second:
  // after this process was paused (a blocked event loop, SIGSTOP) the answer may be waiting unread,
  // and a pause is not the session's silence (PostgreSQL's side of it is kept by the kernel).
  let lastTick = performance.now();
  const fenceTimer = setInterval(() => {
    const now = performance.now();
    if (inFlight) waited += Math.min(now - lastTick, 1000);
    lastTick = now;
    if (inFlight && waited > fenceAfterMs)
      fence(`its database session did not answer for ${Math.round(fenceAfterMs / 1000)} s`);
  }, 100);

  const task: Task = async (payload, helpers) => {
    // Never a job under an id others cannot find (graphile-worker makes its slots once, at start).
    if (!helpers.job.locked_by || !graphileIds.has(helpers.job.locked_by) || !stored)
      throw new FencedError(`a job locked by an unrecorded id ${helpers.job.locked_by}`);
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
    // Killed by the fence: let the queue retry it. Otherwise the session answers now, so no one
    // has released this job (that needs the session gone): the result is this run's alone.
    if (abort.signal.aborted || fenced || !(await ask()))
      throw new FencedError(fenced ?? "its database session is gone");
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
    if (graphileIds.size === concurrency)
      void storeIds().catch((error: Error) =>
        fence(`could not record its slots: ${error.message}`),
      );
  });
  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      concurrency,
      noHandleSignals: true,
      pollInterval: 1000,
      // Called before every look for a job: none is taken until the slot ids are in the row.
      forbiddenFlags: () => idsStored,
      taskList: { [TASK]: task },
      logger: queueLogger,
      events,
    });
  } catch (error) {
    clearInterval(beatTimer);
    clearInterval(fenceTimer);
    await pool.query("DELETE FROM recall_sandbox.workers WHERE id = $1", [id]).catch(() => {});
    session.removeAllListeners("end");
    await session.end().catch(() => undefined);
    await pool.end();
    throw error;
  }

  stopWorker = () =>
    (stopping ??= (async () => {
      await runner.stop().catch(() => undefined);
      clearInterval(beatTimer);
      clearInterval(fenceTimer);
      sandboxes.pool?.close();
      // The row first, then the session (and its lock): no one ever sees the row without the lock.
      await pool.query("DELETE FROM recall_sandbox.workers WHERE id = $1", [id]).catch(() => {});
      // Closing it on purpose is no lost session: no fence (and no exit 1) on the way out.
      session.removeAllListeners("end");
      session.removeAllListeners("error");
      session.on("error", () => undefined);
      await session.end().catch(() => undefined);
      await pool.end();
    })());

  if (fenced) void stopWorker(); // fenced while graphile-worker started
  return { id, stop: stopWorker };
}

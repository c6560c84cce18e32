/**
 * The app's side of the PostgreSQL job queue (decision 0019): a claimed run becomes a job; the
 * learner is told the job's place in the whole queue (every app process's jobs) and then the result
 * a worker stored in the run's row. Woken by NOTIFY (lib/sandbox/pg-queue.ts), with a poll each second
 * as a backstop; a queue without a live worker says so instead of waiting.
 */
import { makeWorkerUtils, type WorkerUtils } from "graphile-worker";
import pg from "pg";
import { db } from "../db";
import { SandboxUnavailableError } from "./errors";
import { defaultLimits } from "./limits";
import {
  cancelWaitingJob,
  jobState,
  liveWorkers,
  MAX_ATTEMPTS,
  notificationSchema,
  prepareQueue,
  queueLogger,
  queuePool,
  TASK,
  type JobPayload,
} from "./pg-queue";
import type { QueuedRunOptions } from "./queue";
import {
  failRuns,
  NO_WORKER,
  NO_WORKER_FIX,
  NO_WORKER_MESSAGE,
  outcomeOfRow,
  WORKER_LOST,
} from "./queue-runs";
import type { ClaimedRun, RunExampleOutcome, SandboxRunner } from "./runner-types";

const POLL_MS = 1000;
const ROW_EVERY_POLLS = 3;

export interface JobQueueRunner extends SandboxRunner {
  runClaimed(claimed: ClaimedRun, options: QueuedRunOptions): Promise<RunExampleOutcome>;
  /** The queue's tables answer (readiness): true when a worker is alive too. No worker is not unready. */
  probe(): Promise<boolean>;
  /** Ends this runner's connections (tests; the app keeps one for its lifetime). */
  close(): Promise<void>;
}

interface Waiter {
  runId: string;
  /** `own`: the notification was about this run. */
  wake: (own: boolean) => void;
}

export function jobQueueRunner(connectionString: string, staleSeconds: number): JobQueueRunner {
  const pool = queuePool(connectionString, 4);
  let utils: Promise<WorkerUtils> | undefined;
  let listener: Promise<pg.Client> | undefined;
  const waiters = new Set<Waiter>();
  // A run that started and then lost its worker twice, plus the slack of each attempt.
  const runDeadlineMs = (MAX_ATTEMPTS * (defaultLimits.wallSeconds + 5) + staleSeconds + 5) * 1000;

  const prepare = () =>
    (utils ??= prepareQueue(pool)
      .then(() => makeWorkerUtils({ pgPool: pool, logger: queueLogger }))
      .catch((error: unknown) => {
        utils = undefined;
        throw error;
      }));

  const listen = () =>
    (listener ??= (async () => {
      const client = new pg.Client({ connectionString, application_name: "recall-sandbox-listen" });
      const drop = () => {
        listener = undefined; // the next run listens again; the poll covers the gap
        void client.end().catch(() => undefined);
      };
      client.on("error", drop);
      client.on("end", drop);
      client.on("notification", (message) => {
        const parsed = notificationSchema.safeParse(message.payload ?? "");
        if (!parsed.success) return;
        const { runId, event } = parsed.data;
        // A job that starts moves everyone behind it up one place.
        for (const w of waiters)
          if (w.runId === runId || event === "started") w.wake(w.runId === runId);
      });
      await client.connect();
      await client.query('LISTEN "recall_sandbox"');
      return client;
    })().catch((error: unknown) => {
      listener = undefined;
      throw error;
    }));

  /** Until a notification for this run (or any start), the poll interval, or the abort. */
  const nap = (runId: string, signal?: AbortSignal) =>
    new Promise<"own" | "other">((resolve) => {
      const waiter: Waiter = { runId, wake: (own) => done(own ? "own" : "other") };
      const timer = setTimeout(() => done("other"), POLL_MS);
      const onAbort = () => done("other");
      const done = (why: "own" | "other") => {
        clearTimeout(timer);
        waiters.delete(waiter);
        signal?.removeEventListener("abort", onAbort);
        resolve(why);
      };
      waiters.add(waiter);
      signal?.addEventListener("abort", onAbort, { once: true });
    });

  const fail = async (runId: string, message: string): Promise<RunExampleOutcome> => {
    await failRuns(pool, [runId], message);
    const row = await db.sandboxRun.findUnique({ where: { id: runId } });
    return (row && outcomeOfRow(row)) ?? { ok: false, status: 503, error: message };
  };

  const runner: JobQueueRunner = {
    async ready() {
      await prepare();
      if ((await liveWorkers(pool)).workers === 0)
        throw new SandboxUnavailableError(NO_WORKER_MESSAGE, NO_WORKER_FIX);
    },
    async probe() {
      await prepare();
      return (await liveWorkers(pool)).workers > 0;
    },
    run() {
      return Promise.reject(new Error("the job queue runs claimed runs only (runClaimed)"));
    },
    async runClaimed(claimed, { signal, onQueuePosition }) {
      const workerUtils = await prepare();
      await listen().catch(() => undefined); // without it the poll still answers, a little later
      const payload: JobPayload = { runId: claimed.id, input: claimed.input };
      const job = await workerUtils.addJob(TASK, payload, {
        maxAttempts: MAX_ATTEMPTS,
        jobKey: claimed.id,
      });
      let lastPosition = -1;
      let startedAt: number | null = null;
      let goneAt: number | null = null;
      // The row is read when this run's own notification came, and every few polls as a backstop:
      // waiting runs must not crowd the app's Prisma pool.
      let readRow = true;
      for (let poll = 0; ; poll++) {
        if (readRow || poll % ROW_EVERY_POLLS === 0) {
          const row = await db.sandboxRun.findUnique({
            where: { id: claimed.id },
            select: { status: true, result: true },
          });
          const outcome = row
            ? outcomeOfRow(row)
            : { ok: false as const, status: 404 as const, error: "The run was deleted." };
          if (outcome) return outcome;
        }
        const state = await jobState(pool, job.id);
        readRow = state.state === "gone";
        if (state.state === "waiting" && startedAt === null) {
          if (signal?.aborted && (await cancelWaitingJob(pool, job.id)))
            return fail(claimed.id, "The run was cancelled before it started.");
          const position = state.ahead + 1;
          if (position !== lastPosition) onQueuePosition?.((lastPosition = position));
          if ((await liveWorkers(pool)).workers === 0 && (await cancelWaitingJob(pool, job.id)))
            return fail(claimed.id, NO_WORKER);
        } else if (state.state !== "gone") {
          if (startedAt === null) {
            startedAt = Date.now();
            onQueuePosition?.(0);
          }
          // Its worker died and no other is left to retry it; or it never ends.
          if ((await liveWorkers(pool)).workers === 0)
            return fail(claimed.id, `${WORKER_LOST} ${NO_WORKER}`);
          if (Date.now() - startedAt > runDeadlineMs) return fail(claimed.id, WORKER_LOST);
        } else {
          // Done, or deleted after its last attempt: the row's answer is on its way.
          goneAt ??= Date.now();
          if (Date.now() - goneAt > 3000) return fail(claimed.id, WORKER_LOST);
        }
        if ((await nap(claimed.id, signal)) === "own") readRow = true;
      }
    },
    async close() {
      globalForRunners.sandboxJobRunners?.forEach(
        (r, url) => r === runner && globalForRunners.sandboxJobRunners?.delete(url),
      );
      const client = await listener?.catch(() => undefined);
      listener = undefined;
      await client?.end().catch(() => undefined);
      await pool.end();
    },
  };
  return runner;
}

// One per process and database, kept on globalThis so Next's dev reloads reuse its connections.
const globalForRunners = globalThis as unknown as {
  sandboxJobRunners?: Map<string, JobQueueRunner>;
};

export function sharedJobQueueRunner(
  connectionString: string,
  staleSeconds: number,
): JobQueueRunner {
  const runners = (globalForRunners.sandboxJobRunners ??= new Map());
  let runner = runners.get(connectionString);
  if (!runner)
    runners.set(connectionString, (runner = jobQueueRunner(connectionString, staleSeconds)));
  return runner;
}

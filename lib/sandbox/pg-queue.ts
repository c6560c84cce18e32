/**
 * The PostgreSQL job queue for sandbox runs (decision 0019): graphile-worker's tables (schema
 * `graphile_worker`, its own migrations) hold the jobs; `recall_sandbox.workers` holds one row per
 * worker process. A worker is alive while its database session is: that session holds an advisory
 * lock keyed by the row's `lock_key`, which PostgreSQL releases the moment the session ends (the
 * process killed, its connection closed, or cut off for the keepalive time). No clocks compared.
 * Shared by the app (enqueue, positions, liveness) and by `npm run sandbox:worker` (claim,
 * liveness, recovery). Only the queue's own tables are touched here; SandboxRun rows go through Prisma.
 */
import { Logger, runMigrations } from "graphile-worker";
import pg from "pg";
import { z } from "zod";

export const TASK = "sandbox_run";
/** NOTIFY channel: payload `<runId>:started` or `<runId>:finished`. */
export const CHANNEL = "recall_sandbox";
/** The first attempt and one retry (after its worker died mid-run). */
export const MAX_ATTEMPTS = 2;
/** The first key of every worker's advisory lock `(LOCK_CLASS, lock_key)`: issue 16, decision 0019. */
export const LOCK_CLASS = 1_916_019;

export const jobPayloadSchema = z.object({
  runId: z.string().min(1),
  input: z.object({ scenario: z.unknown(), files: z.record(z.string(), z.string()) }),
});
export type JobPayload = z.infer<typeof jobPayloadSchema>;

export const notificationSchema = z
  .string()
  .regex(/^[^:]+:(started|finished)$/)
  .transform((s) => {
    const [runId, event] = s.split(":") as [string, "started" | "finished"];
    return { runId, event };
  });

/** graphile-worker's log lines: warnings and errors to stderr (not console.error: tests fail on that), the rest dropped. */
export const queueLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning")
    process.stderr.write(`sandbox queue ${level}: ${message}\n`);
});

/** A pool of its own for the queue (graphile-worker takes a pg.Pool); small: the app holds one LISTEN client. */
export function queuePool(connectionString: string, max = 4): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, application_name: "recall-sandbox-queue" });
  pool.on("error", (error) => process.stderr.write(`sandbox queue pool: ${error.message}\n`));
  return pool;
}

const prepared = new WeakMap<pg.Pool, Promise<void>>();

/** graphile-worker's migrations and our heartbeat table, once per pool (idempotent; safe on many processes at once). */
export function prepareQueue(pool: pg.Pool): Promise<void> {
  let done = prepared.get(pool);
  if (!done) {
    done = (async () => {
      // One process at a time on a new database: apps and workers starting together would race in
      // graphile-worker's own CREATE SCHEMA ("duplicate key … pg_namespace_nspname_index").
      const client = await pool.connect();
      let failed = false;
      try {
        await client.query("SELECT pg_advisory_lock(hashtext('recall_sandbox.prepare'))");
        await runMigrations({ pgPool: pool, logger: queueLogger });
        await client.query(`BEGIN;
CREATE SCHEMA IF NOT EXISTS recall_sandbox;
CREATE TABLE IF NOT EXISTS recall_sandbox.workers (
  id text PRIMARY KEY,
  host text NOT NULL,
  pid integer NOT NULL,
  concurrency integer NOT NULL,
  graphile_ids text[] NOT NULL DEFAULT '{}',
  started_at timestamptz NOT NULL DEFAULT now(),
  heartbeat_at timestamptz NOT NULL DEFAULT now(),
  lock_key integer,
  lost_at timestamptz
);
CREATE SEQUENCE IF NOT EXISTS recall_sandbox.worker_lock_keys AS integer CYCLE;
-- Tables of the heartbeat version: altered once (ALTER locks the table even when nothing changes).
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'recall_sandbox'
                  AND table_name = 'workers' AND column_name = 'lost_at') THEN
    ALTER TABLE recall_sandbox.workers
      ADD COLUMN IF NOT EXISTS lock_key integer,
      ADD COLUMN IF NOT EXISTS lost_at timestamptz;
  END IF;
END $$;
COMMIT;`);
        await client.query("SELECT pg_advisory_unlock(hashtext('recall_sandbox.prepare'))");
      } catch (error) {
        failed = true; // the connection is dropped, and its lock with it
        throw error;
      } finally {
        client.release(failed);
      }
    })();
    done.catch(() => prepared.delete(pool));
    prepared.set(pool, done);
  }
  return done;
}

/** The lock keys whose sessions are alive: `held.objid` (an oid) is a live worker's `lock_key`. */
const HELD = `held AS (
  SELECT objid FROM pg_locks
   WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid = ${LOCK_CLASS}::oid
     AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))`;
const isHeld = (w: string) => `EXISTS (SELECT 1 FROM held WHERE held.objid = ${w}.lock_key::oid)`;

/**
 * Makes `client` (a connection of the worker's own, kept open for its lifetime) the worker's
 * liveness session: the lock first, then the row, so no one ever sees the row without its lock.
 * `lostSeconds`: how long PostgreSQL keeps the session of a worker cut off without a word
 * (keepalive probes and the TCP user timeout on the server's side of this connection).
 */
export async function registerWorker(
  client: pg.Client,
  worker: { id: string; host: string; pid: number; concurrency: number },
  lostSeconds: number,
): Promise<void> {
  const probes = Math.max(1, Math.floor(lostSeconds) - 2);
  await client.query(`SET tcp_keepalives_idle = 2; SET tcp_keepalives_interval = 1;
SET tcp_keepalives_count = ${probes}; SET tcp_user_timeout = ${Math.round(lostSeconds * 1000)}`);
  const { rows } = await client.query<{ key: number }>(
    "SELECT nextval('recall_sandbox.worker_lock_keys')::int AS key",
  );
  const key = rows[0]!.key;
  await client.query("SELECT pg_advisory_lock($1, $2)", [LOCK_CLASS, key]);
  await client.query(
    `INSERT INTO recall_sandbox.workers (id, host, pid, concurrency, lock_key)
     VALUES ($1, $2, $3, $4, $5)`,
    [worker.id, worker.host, worker.pid, worker.concurrency, key],
  );
}

/**
 * On the worker's liveness session: records its graphile-worker slot ids (when given) and when it
 * was last seen (for operators; no one decides on it). False when its row is gone: declared dead.
 */
export async function touchWorker(
  client: pg.Client,
  id: string,
  graphileIds?: string[],
): Promise<boolean> {
  const { rowCount } = await client.query(
    `UPDATE recall_sandbox.workers SET heartbeat_at = now(),
            graphile_ids = coalesce($2::text[], graphile_ids) WHERE id = $1`,
    [id, graphileIds ?? null],
  );
  return rowCount === 1;
}

/** Worker processes whose liveness session is open, and their slots together. */
export async function liveWorkers(pool: pg.Pool): Promise<{ workers: number; slots: number }> {
  const { rows } = await pool.query<{ workers: number; slots: number }>(
    `WITH ${HELD}
     SELECT count(*)::int AS workers, coalesce(sum(concurrency), 0)::int AS slots
       FROM recall_sandbox.workers w WHERE ${isHeld("w")}`,
  );
  return rows[0] ?? { workers: 0, slots: 0 };
}

export type JobState =
  | { state: "gone" }
  | { state: "started"; attempts: number }
  /** `ahead`: sandbox jobs before this one that any worker may take now, from every app process. */
  | { state: "waiting"; ahead: number; attempts: number };

export async function jobState(pool: pg.Pool, jobId: string): Promise<JobState> {
  const { rows } = await pool.query<{ started: boolean; attempts: number; ahead: number }>(
    `SELECT j.locked_at IS NOT NULL AS started, j.attempts,
            (SELECT count(*)::int FROM graphile_worker.jobs o
              WHERE o.task_identifier = j.task_identifier AND o.locked_at IS NULL
                AND o.attempts < o.max_attempts AND o.run_at <= now()
                AND (o.priority, o.run_at, o.id) < (j.priority, j.run_at, j.id)) AS ahead
       FROM graphile_worker.jobs j WHERE j.id = $1`,
    [jobId],
  );
  const row = rows[0];
  if (!row) return { state: "gone" };
  return row.started
    ? { state: "started", attempts: row.attempts }
    : { state: "waiting", ahead: row.ahead, attempts: row.attempts };
}

/** Deletes a job no worker holds (graphile-worker's complete_jobs); false when one took it already. */
export async function cancelWaitingJob(pool: pg.Pool, jobId: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    "SELECT * FROM graphile_worker.complete_jobs(ARRAY[$1::bigint])",
    [jobId],
  );
  return (rowCount ?? 0) > 0;
}

export async function notifyRun(
  pool: pg.Pool,
  runId: string,
  event: "started" | "finished",
): Promise<void> {
  await pool.query("SELECT pg_notify($1, $2)", [CHANNEL, `${runId}:${event}`]);
}

/**
 * Releases the jobs of worker processes whose liveness session ended at least `graceSeconds` ago
 * (first seen ended: `lost_at`). A worker alive but slow keeps its session and is never touched;
 * one that lost its session while alive kills its own runs within the grace (lib/sandbox/worker.ts),
 * so a job is never run by two workers at once. A job with an attempt left goes back to the queue
 * (graphile-worker's `force_unlock_workers`, what `WorkerUtils.forceUnlockWorkers` calls, here in
 * one transaction with the rest); one that used both is deleted and its run id returned, to be
 * reported failed.
 */
export async function recoverDeadWorkers(
  pool: pg.Pool,
  graceSeconds: number,
): Promise<{ dead: string[]; retried: string[]; failed: string[] }> {
  const client = await pool.connect();
  try {
    await client.query(
      `WITH ${HELD} UPDATE recall_sandbox.workers w SET lost_at = now()
        WHERE lost_at IS NULL AND NOT ${isHeld("w")}`,
    );
    await client.query("BEGIN");
    const dead = await client.query<{ id: string; graphile_ids: string[] }>(
      `WITH ${HELD} SELECT id, graphile_ids FROM recall_sandbox.workers w
        WHERE lost_at < now() - make_interval(secs => $1) AND NOT ${isHeld("w")}
          FOR UPDATE SKIP LOCKED`,
      [graceSeconds],
    );
    if (dead.rows.length === 0) {
      await client.query("COMMIT");
      return { dead: [], retried: [], failed: [] };
    }
    const graphileIds = dead.rows.flatMap((r) => r.graphile_ids);
    const jobs = await client.query<{ id: string; key: string | null; exhausted: boolean }>(
      `SELECT id, key, attempts >= max_attempts AS exhausted FROM graphile_worker.jobs
        WHERE locked_by = ANY($1::text[]) AND task_identifier = $2`,
      [graphileIds, TASK],
    );
    await client.query("SELECT graphile_worker.force_unlock_workers($1::text[])", [graphileIds]);
    const exhausted = jobs.rows.filter((j) => j.exhausted);
    if (exhausted.length)
      await client.query("SELECT * FROM graphile_worker.complete_jobs($1::bigint[])", [
        exhausted.map((j) => j.id),
      ]);
    await client.query("DELETE FROM recall_sandbox.workers WHERE id = ANY($1::text[])", [
      dead.rows.map((r) => r.id),
    ]);
    const retried = jobs.rows.filter((j) => !j.exhausted);
    // Idle workers take a released job at once (graphile-worker's own "new job" channel).
    if (retried.length)
      await client.query("SELECT pg_notify('jobs:insert', $1)", [
        JSON.stringify({ count: retried.length }),
      ]);
    await client.query("COMMIT");
    const runIds = (rows: typeof jobs.rows) => rows.flatMap((j) => (j.key ? [j.key] : []));
    return {
      dead: dead.rows.map((r) => r.id),
      retried: runIds(retried),
      failed: runIds(exhausted),
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

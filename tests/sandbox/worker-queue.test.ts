/**
 * Sandbox runs on workers (decision 0019): on PostgreSQL a run is a job that `npm run sandbox:worker`
 * processes take; the real sandbox, this file's real database, workers as their own processes.
 * On SQLite the app keeps running code itself.
 */
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { jobQueueRunner, sharedJobQueueRunner } from "../../lib/sandbox/job-runner";
import { sandboxReadiness } from "../../lib/sandbox/readiness";
import { queueConfig } from "../../lib/sandbox/queue-config";
import { NO_WORKER_MESSAGE } from "../../lib/sandbox/queue-runs";
import { claimRun, finishRun, RUNS_PER_MINUTE } from "../../lib/sandbox/runs";
import { graceSeconds } from "../../lib/sandbox/worker";
import { sandboxProcessesOf } from "../../lib/sandbox/host-processes";
import { testPrisma } from "../helpers/db";
import { asCurrent, makeUser } from "../srs/helpers";
import { requireSandbox, skipSandbox } from "./helpers";
import { onPostgres, startChildWorker, type ChildWorker } from "./queue-helpers";

describe.runIf(!onPostgres())("sandbox queue on SQLite", () => {
  it("runs code in the app process: the job queue needs PostgreSQL", () => {
    expect(queueConfig().mode).toBe("in-process");
    expect(queueConfig({ DATABASE_URL: "postgresql://h/db" }).mode).toBe("postgres");
    expect(
      queueConfig({ DATABASE_URL: "postgresql://h/db", SANDBOX_QUEUE: "in-process" }).mode,
    ).toBe("in-process");
    expect(() => queueConfig({ DATABASE_URL: "file:x.db", SANDBOX_QUEUE: "postgres" })).toThrow(
      /needs DATABASE_URL=postgresql/,
    );
  });
});

const STALE_SECONDS = 8;
// Child workers start with tsx, and a shared 2-core machine can be very busy: generous per-test time.
vi.setConfig({ testTimeout: 150_000 });
const prisma = await testPrisma();

/** Reads the queue's own tables (graphile_worker, recall_sandbox) of this file's database. */
async function queueSql<T>(text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

describe.runIf(onPostgres() && !skipSandbox)(
  "sandbox runs on workers (PostgreSQL job queue)",
  () => {
    const url = process.env.DATABASE_URL!;
    // Two app processes' worth of queue clients: positions must count both.
    const app = jobQueueRunner(url, STALE_SECONDS);
    const otherApp = jobQueueRunner(url, STALE_SECONDS);
    const workers: ChildWorker[] = [];
    let exampleId = "";

    const worker = (concurrency: number, env: Record<string, string> = {}) => {
      const w = startChildWorker({
        DATABASE_URL: url,
        SANDBOX_WORKER_CONCURRENCY: String(concurrency),
        SANDBOX_WORKER_STALE_SECONDS: String(STALE_SECONDS),
        ...env,
      });
      workers.push(w);
      return w;
    };
    const stopped = async (w: ChildWorker) => {
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGTERM");
      return w.exited;
    };
    const learner = async () => asCurrent(await makeUser(prisma));
    /** The worker process whose slot holds the run's job now (graphile-worker locks it by a slot id). */
    const holderOf = async (runId: string, among: ChildWorker[]) => {
      const rows = await queueSql<{ pid: number }>(
        `SELECT w.pid FROM recall_sandbox.workers w JOIN graphile_worker.jobs j
           ON j.locked_by = ANY(w.graphile_ids) WHERE j.key = $1`,
        [runId],
      );
      return among.find((w) => w.child.pid === rows[0]?.pid);
    };
    /** Starts a run and waits until a worker started it. */
    const startedRun = async (body: string) => {
      const user = await learner();
      const started: number[] = [];
      const claim = await claimRun(user, code(body), app);
      if (!claim.ok) throw new Error(claim.error);
      const outcome = finishRun(claim.claimed, app, { onQueuePosition: (p) => started.push(p) });
      await expect.poll(() => started, { timeout: 10_000 }).toContain(0);
      return { id: claim.claimed.id, outcome };
    };
    const killed = async (w: ChildWorker) => {
      w.child.kill("SIGKILL");
      await w.exited;
      // --die-with-parent: its sandbox dies with it, before anyone else may take the job.
      await expect.poll(() => sandboxProcessesOf(w.child.pid), { timeout: 5000 }).toEqual([]);
      return Date.now();
    };
    const code = (body: string) => ({ exampleId, files: { "main.py": body } });

    beforeAll(async () => {
      requireSandbox();
      exampleId = `wq-${Date.now()}`;
      const course = await prisma.course.create({ data: { slug: exampleId, title: exampleId } });
      await prisma.example.create({
        data: {
          id: exampleId,
          courseId: course.id,
          title: "worker queue",
          status: "published",
          scenario: JSON.stringify({ title: "one", processes: [{ name: "main", run: "main.py" }] }),
          files: { create: [{ name: "main.py", content: "print('hi')\n" }] },
        },
      });
    });

    // A failed test must not leave its workers taking the next test's runs.
    afterEach(async () => {
      for (const w of workers.splice(0)) {
        if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGKILL");
        await w.exited;
      }
    });
    afterAll(async () => {
      const config = queueConfig();
      await sharedJobQueueRunner(config.DATABASE_URL, config.SANDBOX_WORKER_STALE_SECONDS).close();
      await app.close();
      await otherApp.close();
    });

    it("with no worker running, the learner is told at once and no run is used up", async () => {
      const user = await learner();
      await app.probe(); // graphile-worker's migrations, once per database: not what is timed
      const t0 = Date.now();
      const claim = await claimRun(user, code("print(1)"), app);
      expect(claim).toMatchObject({ ok: false, status: 503 });
      expect(!claim.ok && claim.error).toContain(NO_WORKER_MESSAGE);
      expect(Date.now() - t0).toBeLessThan(3000);
      expect(await prisma.sandboxRun.count({ where: { userId: user.id } })).toBe(0);
      // The app host itself stays ready: it needs the queue's tables, not a worker (or bubblewrap).
      await expect(sandboxReadiness()).resolves.toBeUndefined();
    });

    it("two workers share 40 runs from 8 learners; every result comes back right, limits hold, nothing is left", async () => {
      const [a, b] = [worker(2), worker(2)];
      await Promise.all([a.ready, b.ready]);
      const learners = await Promise.all(Array.from({ length: 8 }, learner));
      const runs = learners.flatMap((user, u) =>
        Array.from({ length: 5 }, (_, r) => ({ user, expected: `learner ${u} run ${r}` })),
      );
      // Each learner clicks Run five times in a row without waiting for the results; all at once.
      const outcomes = (
        await Promise.all(
          learners.map(async (user) => {
            const mine = [];
            for (const { expected } of runs.filter((r) => r.user === user)) {
              // Each run takes a moment, so one worker's two slots cannot keep up alone.
              const body = `import time\ntime.sleep(0.3)\nprint(${JSON.stringify(expected)})`;
              const claim = await claimRun(user, code(body), app);
              if (!claim.ok) throw new Error(claim.error);
              mine.push({ id: claim.claimed.id, expected, outcome: finishRun(claim.claimed, app) });
            }
            expect(mine).toHaveLength(5);
            return Promise.all(mine.map(async (m) => ({ ...m, outcome: await m.outcome })));
          }),
        )
      ).flat();
      for (const { outcome, expected } of outcomes) {
        // The whole answer when it failed: under CI load the reason is the only clue.
        expect(outcome.ok, JSON.stringify(outcome).slice(0, 600)).toBe(true);
        if (outcome.ok) {
          expect(outcome.result.status).toBe("ok");
          expect(outcome.result.processes[0]?.stdout).toBe(`${expected}\n`);
        }
      }
      // The per-learner limit is taken in the app's claim, before any worker: 12 at once → exactly 10.
      const eager = await learner();
      const claims = await Promise.all(
        Array.from({ length: RUNS_PER_MINUTE + 2 }, () => claimRun(eager, code("print(2)"), app)),
      );
      expect(claims.filter((c) => c.ok)).toHaveLength(RUNS_PER_MINUTE);
      expect(claims.filter((c) => !c.ok && c.status === 429)).toHaveLength(2);
      const eagerOutcomes = await Promise.all(
        claims.flatMap((c) => (c.ok ? [finishRun(c.claimed, app)] : [])),
      );
      expect(eagerOutcomes.every((o) => o.ok && o.result.status === "ok")).toBe(true);

      expect(await Promise.all([stopped(a), stopped(b)])).toEqual([
        { code: 0, signal: null },
        { code: 0, signal: null },
      ]);
      const byA = a.runs().map((r) => r.runId);
      const byB = b.runs().map((r) => r.runId);
      expect(byA.length).toBeGreaterThan(0);
      expect(byB.length).toBeGreaterThan(0);
      // Each run ran once, on one worker.
      expect(new Set([...byA, ...byB]).size).toBe(byA.length + byB.length);
      expect(byA.length + byB.length).toBe(40 + RUNS_PER_MINUTE);
      for (const { id } of outcomes) expect([...byA, ...byB]).toContain(id);
      const rows = await prisma.sandboxRun.findMany({ where: { exampleId } });
      expect(rows.filter((r) => r.status !== "ok")).toEqual([]);

      expect([...sandboxProcessesOf(a.child.pid), ...sandboxProcessesOf(b.child.pid)]).toEqual([]);
    });

    it("queue positions count every app process's runs, then the result arrives", async () => {
      const w = worker(1);
      await w.ready;
      const users = await Promise.all(Array.from({ length: 4 }, learner));
      const positions: number[][] = [[], [], [], []];
      const start = async (i: number, body: string, runner = app) => {
        const claim = await claimRun(users[i]!, code(body), runner);
        if (!claim.ok) throw new Error(claim.error);
        return finishRun(claim.claimed, runner, {
          onQueuePosition: (p) => positions[i]!.push(p),
        });
      };
      // Both app processes' queue clients warm, and a first run long enough to queue three behind it.
      await Promise.all([app.probe(), otherApp.probe()]);
      const first = start(0, "import time\ntime.sleep(6)\nprint('slow')");
      await expect.poll(() => positions[0], { timeout: 10_000 }).toContain(0);
      const second = start(1, "print('b')");
      await expect.poll(() => positions[1]!.at(0), { timeout: 10_000 }).toBe(1);
      const third = start(2, "print('c')", otherApp);
      await expect.poll(() => positions[2]!.at(0), { timeout: 10_000 }).toBe(2);
      const fourth = start(3, "print('d')");
      await expect.poll(() => positions[3]!.at(0), { timeout: 10_000 }).toBe(3);
      const outcomes = await Promise.all([first, second, third, fourth]);
      expect(outcomes.map((o) => o.ok && o.result.processes[0]?.stdout)).toEqual([
        "slow\n",
        "b\n",
        "c\n",
        "d\n",
      ]);
      expect(positions[3]).toEqual([3, 2, 1, 0]);
      expect(await stopped(w)).toEqual({ code: 0, signal: null });
    });

    it("SIGTERM: a worker finishes its run, starts no other, and exits 0", async () => {
      const w = worker(1);
      await w.ready;
      const user = await learner();
      const started: number[] = [];
      const claim = await claimRun(
        user,
        // Long enough that the run behind it is still waiting when SIGTERM comes: with 2 s, at
        // load 10 the run had ended before the one behind first heard its place (it heard 0).
        code("import time\ntime.sleep(6)\nprint('finished')"),
        app,
      );
      const behind = await claimRun(user, code("print('behind')"), app);
      if (!claim.ok || !behind.ok) throw new Error("claim refused");
      const outcome = finishRun(claim.claimed, app, { onQueuePosition: (p) => started.push(p) });
      const behindPositions: number[] = [];
      const behindOutcome = finishRun(behind.claimed, app, {
        onQueuePosition: (p) => behindPositions.push(p),
      });
      await expect.poll(() => started, { timeout: 10_000 }).toContain(0);
      await expect.poll(() => behindPositions, { timeout: 10_000 }).toContain(1);
      w.child.kill("SIGTERM");
      const result = await outcome;
      expect(result.ok && result.result.processes[0]?.stdout).toBe("finished\n");
      expect(await w.exited).toEqual({ code: 0, signal: null });
      // The one behind was never started; with no worker left its learner is told so.
      const late = await behindOutcome;
      expect(late).toMatchObject({ ok: false, status: 503 });
      expect(!late.ok && late.error).toContain(NO_WORKER_MESSAGE);
      expect(behindPositions).not.toContain(0);
      expect(w.runs().map((r) => r.runId)).toEqual([claim.claimed.id]);
    });

    it("a worker killed mid-run: the run is retried once on another worker within seconds, never on two at once", async () => {
      const pair = [worker(1), worker(1)];
      await Promise.all(pair.map((w) => w.ready));
      const run = await startedRun(
        "import time\nprint('begin', flush=True)\ntime.sleep(3)\nprint('end')",
      );
      const victim = await holderOf(run.id, pair);
      const survivor = pair.find((w) => w !== victim);
      if (!victim || !survivor) throw new Error("no worker holds the job");
      const killedAt = await killed(victim);
      const result = await run.outcome;
      expect(result.ok && result.result.processes[0]?.stdout).toBe("begin\nend\n");
      expect(await stopped(survivor)).toEqual({ code: 0, signal: null }); // its log read to the end
      const retry = survivor.runs().find((r) => r.runId === run.id);
      expect(retry).toMatchObject({ attempt: 2, status: "ok" });
      // Not before the dead worker's session ended (never on two workers at once), and soon after:
      // its session ended with the process; the others wait only the grace, not graphile-worker's 4 h.
      expect(retry!.startedAt).toBeGreaterThanOrEqual(killedAt);
      expect(retry!.startedAt - killedAt).toBeLessThan((graceSeconds(STALE_SECONDS) + 4) * 1000);
      expect(victim.runs()).toEqual([]);
      // The learner got one answer: one row, done once.
      const rows = await prisma.sandboxRun.findMany({ where: { id: run.id } });
      expect(rows.map((r) => r.status)).toEqual(["ok"]);
    });

    it("a worker paused mid-run (alive, its connection open) keeps its run: no other worker takes it", async () => {
      // Room for the pause inside the run's own wall clock.
      const pair = [worker(1, { SANDBOX_WALL_SECONDS: "40" }), worker(1)];
      await Promise.all(pair.map((w) => w.ready));
      const run = await startedRun(
        "import time\nprint('begin', flush=True)\ntime.sleep(1)\nprint('end')",
      );
      const slow = await holderOf(run.id, pair);
      const other = pair.find((w) => w !== slow);
      if (!slow || !other) throw new Error("no worker holds the job");
      // SIGSTOP: the process does nothing at all, as a blocked event loop or a swapped-out machine;
      // its kernel keeps the TCP session, so PostgreSQL keeps its lock. Held well past the fence and
      // grace times (and past the stale time a heartbeat would have used): checked all along.
      slow.child.kill("SIGSTOP");
      const holdUntil = Date.now() + (STALE_SECONDS + graceSeconds(STALE_SECONDS) + 2) * 1000;
      try {
        while (Date.now() < holdUntil) {
          expect(await holderOf(run.id, pair)).toBe(slow);
          expect(other.runs()).toEqual([]);
          await new Promise((r) => setTimeout(r, 500));
        }
      } finally {
        slow.child.kill("SIGCONT");
      }
      const result = await run.outcome;
      expect(result.ok && result.result.processes[0]?.stdout).toBe("begin\nend\n");
      expect(await Promise.all([stopped(slow), stopped(other)])).toEqual([
        { code: 0, signal: null },
        { code: 0, signal: null },
      ]);
      expect(slow.runs()).toMatchObject([{ runId: run.id, attempt: 1, status: "ok" }]);
      expect(other.runs()).toEqual([]);
    });

    it("killed on two workers in turn: a third reports it failed to the learner and never runs it", async () => {
      const trio = [worker(1), worker(1), worker(1)];
      await Promise.all(trio.map((w) => w.ready));
      const run = await startedRun("import time\ntime.sleep(8)\nprint('never')");
      const first = await holderOf(run.id, trio);
      if (!first) throw new Error("no worker holds the job");
      await killed(first);
      // Retried as attempt 2 on one of the others, which is killed in turn.
      const rest = trio.filter((w) => w !== first);
      let second: ChildWorker | undefined;
      await expect
        .poll(async () => (second = await holderOf(run.id, rest)), { timeout: 30_000 })
        .toBeDefined();
      const secondKilledAt = await killed(second!);
      const last = rest.find((w) => w !== second)!;
      const result = await run.outcome;
      expect(result).toMatchObject({ ok: false, status: 503 });
      expect(!result.ok && result.error).toContain("stopped twice");
      expect(Date.now() - secondKilledAt).toBeLessThan((graceSeconds(STALE_SECONDS) + 5) * 1000);
      // The job is gone, not waiting for a third attempt; the last worker never ran it.
      expect(
        await queueSql("SELECT id FROM graphile_worker.jobs WHERE key = $1", [run.id]),
      ).toEqual([]);
      expect(await stopped(last)).toEqual({ code: 0, signal: null });
      expect(last.runs()).toEqual([]);
      const row = await prisma.sandboxRun.findUniqueOrThrow({ where: { id: run.id } });
      expect(row.status).toBe("error");
    });

    it("the only worker killed mid-run: the learner is told within seconds, not left waiting", async () => {
      const only = worker(1);
      await only.ready;
      const user = await learner();
      const started: number[] = [];
      const claim = await claimRun(user, code("import time\ntime.sleep(5)\nprint('never')"), app);
      if (!claim.ok) throw new Error(claim.error);
      const outcome = finishRun(claim.claimed, app, { onQueuePosition: (p) => started.push(p) });
      await expect.poll(() => started, { timeout: 10_000 }).toContain(0);
      only.child.kill("SIGKILL");
      await only.exited;
      const killedAt = Date.now();
      const result = await outcome;
      expect(result).toMatchObject({ ok: false, status: 503 });
      // Its session ended with it: the app sees no live worker at its next poll.
      expect(Date.now() - killedAt).toBeLessThan(5000);
      const row = await prisma.sandboxRun.findUniqueOrThrow({ where: { id: claim.claimed.id } });
      expect(row.status).toBe("error");
      // Later runs are refused up front while no worker runs.
      const next = await claimRun(user, code("print(3)"), app);
      expect(next).toMatchObject({ ok: false, status: 503 });
    });
  },
);

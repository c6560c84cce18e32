/**
 * The PostgreSQL job queue (decision 0019) vs running in the app process: the same learner runs of the
 * TCP uppercase example, one at a time, through claimRun + finishRun on one throwaway PostgreSQL
 * database: once with the in-process runner, once as jobs taken by a worker (in this process, so only
 * the queue's cost differs). Needs a server: BENCH_POSTGRES_URL or TEST_POSTGRES_URL (a role that may
 * CREATE DATABASE). Its own process, as lib/env reads DATABASE_URL once: `npx tsx bench/sandbox-queue.ts [samples]` prints the p50s as JSON.
 */
import { register } from "node:module";
import { createMigratedDatabase, dropDatabase } from "../lib/db/postgres-admin";

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

// runs.ts is marked "server-only"; plain Node may import it as Next's server bundle does.
register("./server-only-hook.mjs", import.meta.url);

export interface QueueFigures {
  inProcess: number[];
  queued: number[];
}

export const queueServerUrl = () =>
  process.env.BENCH_POSTGRES_URL || process.env.TEST_POSTGRES_URL || "";

export async function queueVsInProcess(samples: number): Promise<QueueFigures> {
  const server = queueServerUrl();
  if (!server) throw new Error("set BENCH_POSTGRES_URL or TEST_POSTGRES_URL");
  const made = await createMigratedDatabase(server, "recall_lab_bench_sandbox_queue_");
  // lib/db reads DATABASE_URL when first imported: import the app's modules only now.
  process.env.DATABASE_URL = made.url;
  try {
    const { db } = await import("../lib/db");
    const { claimRun, finishRun, inProcessRunner } = await import("../lib/sandbox/runs");
    const { jobQueueRunner } = await import("../lib/sandbox/job-runner");
    const { startSandboxWorker } = await import("../lib/sandbox/worker");
    const { runQueue } = await import("../lib/sandbox/queue");
    const { findExampleFolder } = await import("../lib/sandbox/examples");
    const { loadScenarioFolder } = await import("../lib/sandbox/scenario");
    const folder = await findExampleFolder("tcp-uppercase");
    if (!folder) throw new Error("content/courses/*/examples/tcp-uppercase is missing");
    const { scenario, files } = await loadScenarioFolder(folder);
    const course = await db.course.create({ data: { slug: "bench", title: "bench" } });
    await db.example.create({
      data: {
        id: "bench-tcp",
        courseId: course.id,
        title: "bench",
        status: "published",
        scenario: JSON.stringify(scenario),
        files: { create: Object.entries(files).map(([name, content]) => ({ name, content })) },
      },
    });
    const worker = await startSandboxWorker({
      connectionString: made.url,
      concurrency: 2,
      staleSeconds: 10,
    });
    const queue = jobQueueRunner(made.url, 10);
    const figures: QueueFigures = { inProcess: [], queued: [] };
    // A user per 10 runs: the rate limit stays out of the way.
    let user = { id: "", email: "", name: null, role: "LEARNER" as const };
    const once = async (runner: typeof inProcessRunner, into: number[], i: number) => {
      if (i % 5 === 0) {
        const u = await db.user.create({
          data: { email: `bench-${Date.now()}-${i}-${into.length}@x`, passwordHash: "x" },
        });
        user = { ...user, id: u.id, email: u.email };
      }
      const t0 = performance.now();
      const claim = await claimRun(user, { exampleId: "bench-tcp" }, runner);
      if (!claim.ok) throw new Error(claim.error);
      const outcome = await finishRun(claim.claimed, runner);
      if (!outcome.ok || !outcome.result.expect?.matched)
        throw new Error(`run failed: ${JSON.stringify(outcome)}`);
      into.push(performance.now() - t0);
    };
    for (let i = 0; i < 3; i++) {
      await once(inProcessRunner, [], i);
      await once(queue, [], i);
    }
    // Interleaved, so both see the same machine.
    for (let i = 0; i < samples; i++) {
      await once(inProcessRunner, figures.inProcess, i);
      await once(queue, figures.queued, i);
    }
    await worker.stop();
    await queue.close();
    runQueue.pool?.close();
    await db.$disconnect();
    return figures;
  } finally {
    await dropDatabase(server, made.name);
  }
}

/** p50s of both, as bench/sandbox.ts prints them. */
export function queueMedians(figures: QueueFigures): { queued: number; inProcess: number } {
  return { queued: median(figures.queued), inProcess: median(figures.inProcess) };
}

// Its own process (bench/sandbox.ts spawns it): lib/env reads DATABASE_URL once, at first import.
if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = queueMedians(await queueVsInProcess(Number(process.argv[2] ?? 30)));
  console.log(JSON.stringify(figures));
}

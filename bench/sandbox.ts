/**
 * npm run bench:sandbox [-- --runs N] [-- --samples N] [-- --web-samples N]: the TCP uppercase example through the
 * sandbox (cold, and from a warm spare as the app runs it) vs the same two scripts run bare on the host, interleaved
 * in the same run; then throughput at 4 concurrent runs; then leaked processes after N runs (default 500); then the
 * web server's GET / p95 while the sandbox queue is full of CPU burners vs idle (bench/sandbox-web.ts); then, with
 * BENCH_POSTGRES_URL or TEST_POSTGRES_URL, a learner's run through the PostgreSQL job queue and a worker vs the same
 * run in the app process (bench/sandbox-queue.ts, decision 0019).
 */
import { parseArgs } from "node:util";
import { findExampleFolder } from "../lib/sandbox/examples";
import {
  loadScenarioFolder,
  RunQueue,
  runScenario,
  SandboxPool,
  type ScenarioFiles,
} from "../lib/sandbox";
import { execFileSync } from "node:child_process";
import { leakedSandboxProcesses, median, runBare } from "./sandbox-bare";
import { queueServerUrl } from "./sandbox-queue";
import { p95, ROUNDS, webLatencyUnderLoad } from "./sandbox-web";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "500" },
    samples: { type: "string", default: "40" },
    "web-samples": { type: "string", default: "200" },
  },
});
const totalRuns = Number(values.runs);
const samples = Number(values.samples);
const webSamples = Number(values["web-samples"]);

const folder = await findExampleFolder("tcp-uppercase");
if (!folder) throw new Error("content/courses/*/examples/tcp-uppercase is missing");
const example = await loadScenarioFolder(folder);

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

async function checkedRun(input: ScenarioFiles, pool?: SandboxPool): Promise<void> {
  const result = await runScenario(input, { pool });
  if (!result.expect?.matched)
    throw new Error(`run did not meet expect: ${JSON.stringify(result.processes)}`);
}

// Latency: cold, warm and bare in turn so all three see the same machine state; spares refill between samples.
const pool = new SandboxPool(1);
const cold: number[] = [];
const warm: number[] = [];
const bare: number[] = [];
await checkedRun(example);
for (let i = 0; i < samples; i++) {
  cold.push(await timed(() => checkedRun(example)));
  await pool.refill();
  warm.push(await timed(() => checkedRun(example, pool)));
  await pool.refill();
  bare.push(await runBare(example));
}
pool.close();

// Throughput: 4 runs in flight at all times, as the app's queue runs them (with 4 warm spares).
const queuePool = new SandboxPool(4);
const queue = new RunQueue(4, queuePool);
await queuePool.refill();
const throughputRuns = 60;
const seconds =
  (await timed(() =>
    Promise.all(Array.from({ length: throughputRuns }, () => queue.run(example))),
  )) / 1000;
const perSecond = throughputRuns / seconds;

// Leaks: many runs, close the pool; counted after the web rounds below, which use sandboxes too.
let notOk = 0;
await Promise.all(
  Array.from({ length: totalRuns }, () =>
    queue.run(example).then((r) => void (r.status === "ok" || notOk++)),
  ),
);
queuePool.close();

/** Processes still there once closing spares have had `ms` to exit: anything left then has leaked. */
async function leakedAfter(ms: number): Promise<string[]> {
  const until = Date.now() + ms;
  let left = leakedSandboxProcesses();
  while (left.length && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    left = leakedSandboxProcesses();
  }
  return left;
}

// The web server beside a busy sandbox.
const web = await webLatencyUnderLoad(webSamples);
const [idle95, loaded95] = [p95(web.idle), p95(web.loaded)];
const leaked = await leakedAfter(3000);

// The job queue in its own process: lib/env reads DATABASE_URL once, and this one is SQLite's.
const queueFigures = queueServerUrl()
  ? (JSON.parse(
      execFileSync("node_modules/.bin/tsx", ["bench/sandbox-queue.ts", String(samples)], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      }),
    ) as { queued: number; inProcess: number })
  : null;

const [c50, w50, b50] = [median(cold), median(warm), median(bare)];
const row = (metric: string, ours: string, floor: string, ratio: string, pass: boolean) =>
  console.log(
    `${metric.padEnd(38)} ${ours.padStart(14)} ${floor.padStart(16)} ${ratio.padStart(7)}  ${pass ? "ok" : "MISSED"}`,
  );
console.log(
  `${"metric".padEnd(38)} ${"ours".padStart(14)} ${"floor / target".padStart(16)} ${"ratio".padStart(7)}`,
);
row(
  "p50 latency, warm sandbox vs bare",
  `${w50.toFixed(1)} ms`,
  `${b50.toFixed(1)} ms`,
  (w50 / b50).toFixed(2),
  w50 / b50 <= 1.5,
);
row(
  "p50 latency, cold sandbox vs bare",
  `${c50.toFixed(1)} ms`,
  `${b50.toFixed(1)} ms`,
  (c50 / b50).toFixed(2),
  c50 / b50 <= 1.5,
);
row(
  "p50 latency (warm) vs 300 ms",
  `${w50.toFixed(1)} ms`,
  "≤ 300 ms",
  (w50 / 300).toFixed(2),
  w50 <= 300,
);
row(
  "throughput, 4 concurrent",
  `${perSecond.toFixed(1)} runs/s`,
  "≥ 8 runs/s",
  (perSecond / 8).toFixed(2),
  perSecond >= 8,
);
row(
  `leaked processes after ${totalRuns} runs + web`,
  String(leaked.length),
  "0",
  "-",
  leaked.length === 0,
);
row(
  "GET / p95, queue full of CPU burners vs idle",
  `${loaded95.toFixed(1)} ms`,
  `${idle95.toFixed(1)} ms`,
  (loaded95 / idle95).toFixed(2),
  loaded95 <= 300,
);
if (queueFigures)
  row(
    "p50 per run, job queue + worker vs in-process",
    `${queueFigures.queued.toFixed(1)} ms`,
    `${queueFigures.inProcess.toFixed(1)} ms`,
    (queueFigures.queued / queueFigures.inProcess).toFixed(2),
    queueFigures.queued / queueFigures.inProcess <= 1.5,
  );
else
  console.log(
    "(job queue vs in-process: set BENCH_POSTGRES_URL or TEST_POSTGRES_URL to measure it)",
  );
console.log(
  `(${samples} latency samples each; ${notOk} of ${totalRuns} leak-check runs did not end ok; ` +
    `GET / ${webSamples} requests each, one at a time, in ${ROUNDS} idle/loaded rounds, the queue full at ` +
    `${(web.fullShare * 100).toFixed(0)}% of loaded requests, ${web.burnerRuns} burner runs ${JSON.stringify(web.burnerStatuses)} ` +
    `(the last of each round killed: "failed"); ` +
    `GET / p50 idle ${median(web.idle).toFixed(1)} ms, loaded ${median(web.loaded).toFixed(1)} ms)`,
);
if (leaked.length) console.log(leaked.join("\n"));

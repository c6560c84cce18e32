/** Sandbox workers for tests on PostgreSQL, where the app's runs go through the job queue (decision 0019). */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { providerOf } from "../../lib/db";
import { sharedJobQueueRunner } from "../../lib/sandbox/job-runner";
import { queueConfig } from "../../lib/sandbox/queue-config";
import { startSandboxWorker, type SandboxWorker } from "../../lib/sandbox/worker";

export const onPostgres = () => providerOf(process.env.DATABASE_URL ?? "") === "postgresql";

/**
 * On PostgreSQL, one in-process worker for this file's runs through the app's route (its queue
 * needs one); on SQLite nothing: the app runs code itself. Call at the top of a describe block.
 */
export function workerWhenOnPostgres(): void {
  let worker: SandboxWorker | undefined;
  beforeAll(async () => {
    if (!onPostgres()) return;
    const config = queueConfig();
    worker = await startSandboxWorker({
      connectionString: config.DATABASE_URL,
      concurrency: 2,
      staleSeconds: config.SANDBOX_WORKER_STALE_SECONDS,
    });
  });
  afterAll(async () => {
    if (!onPostgres()) return;
    await worker?.stop();
    const config = queueConfig();
    await sharedJobQueueRunner(config.DATABASE_URL, config.SANDBOX_WORKER_STALE_SECONDS).close();
  });
}

export interface ChildWorker {
  child: ChildProcess;
  /** Its stdout lines so far. */
  lines: string[];
  /** Resolves with the worker id once it says it is ready. */
  ready: Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Run ids it finished, with their attempt and start time. */
  runs(): Array<{ runId: string; status: string; attempt: number; startedAt: number }>;
}

/** `npm run sandbox:worker` as its own process (what an operator starts), on this file's database. */
export function startChildWorker(env: Record<string, string>): ChildWorker {
  // Node itself with tsx's loader (not the tsx CLI, which runs the script in a child of its own):
  // the pid is the worker's, so a SIGKILL hits the worker and its sandboxes are found by it.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join("scripts", "sandbox-worker.ts")],
    {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const lines: string[] = [];
  let stderr = "";
  let buffered = "";
  let onReady: (id: string) => void = () => {};
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    // "close": after its stdout is read to the end, so every line it printed is in `lines`.
    child.once("close", (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<string>((resolve, reject) => {
    onReady = resolve;
    void exited.then(({ code, signal }) =>
      reject(new Error(`sandbox worker exited (${code ?? signal}) before ready: ${stderr}`)),
    );
  });
  ready.catch(() => undefined);
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split("\n");
    buffered = parts.pop() ?? "";
    for (const line of parts) {
      lines.push(line);
      const m = /^sandbox worker (\S+): ready/.exec(line);
      if (m) onReady(m[1]!);
    }
  });
  const runs = () =>
    lines.flatMap((line) => {
      const m = /: run (\S+) (\S+) \(attempt (\d+), \d+ ms, started (\d+)\)$/.exec(line);
      return m
        ? [{ runId: m[1]!, status: m[2]!, attempt: Number(m[3]), startedAt: Number(m[4]) }]
        : [];
    });
  return { child, lines, ready, exited, runs };
}

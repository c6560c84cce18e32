/**
 * npm run sandbox:worker: takes sandbox runs from the PostgreSQL job queue (decision 0019) and runs
 * them in this machine's bubblewrap. Needs DATABASE_URL=postgresql://… (the app's database),
 * /usr/bin/bwrap and /usr/bin/python3; SANDBOX_WORKER_CONCURRENCY runs at once (default: the cores),
 * as many warm spares. Start as many as you like, on any machine that reaches the database.
 * SIGTERM or SIGINT: stop taking runs, finish those running, exit 0.
 */
import { cpus } from "node:os";
import { SandboxUnavailableError } from "../lib/sandbox/errors";
import { queueConfig } from "../lib/sandbox/queue-config";
import { startSandboxWorker } from "../lib/sandbox/worker";
import { runIfEntry } from "./entry";

export async function main(): Promise<number> {
  const config = queueConfig();
  if (config.mode !== "postgres") {
    console.error(
      "npm run sandbox:worker needs DATABASE_URL=postgresql://… (the app's database); with SQLite, or SANDBOX_QUEUE=in-process, the app runs code itself.",
    );
    return 2;
  }
  const concurrency = config.SANDBOX_WORKER_CONCURRENCY ?? cpus().length;
  let worker;
  try {
    worker = await startSandboxWorker({
      connectionString: config.DATABASE_URL,
      concurrency,
      staleSeconds: config.SANDBOX_WORKER_STALE_SECONDS,
      onRun: (e) =>
        console.log(
          `sandbox worker ${e.workerId}: run ${e.runId} ${e.status} (attempt ${e.attempt}, ${e.endedAt - e.startedAt} ms, started ${e.startedAt})`,
        ),
      onFenced: (reason) => {
        console.warn(`sandbox worker stopped its runs and is exiting: ${reason}`);
        process.exitCode = 1;
        // Its runs are killed and it stops itself; should anything linger, exit anyway.
        setTimeout(() => process.exit(1), 15_000).unref();
      },
    });
  } catch (error) {
    if (error instanceof SandboxUnavailableError) {
      console.error(error.message);
      return 3;
    }
    throw error;
  }
  console.log(`sandbox worker ${worker.id}: ready, ${concurrency} at once`);
  const { id, stop } = worker;
  await new Promise<void>((resolve) => {
    let stopping = false;
    const onSignal = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`sandbox worker ${id}: ${signal}, finishing its runs`);
      void stop().then(resolve);
    };
    // `on`, not `once`: under systemd every process of the unit (npm, tsx, this one) gets the
    // SIGTERM and tsx passes its own on too; a second one must not kill a draining worker.
    process.on("SIGTERM", () => onSignal("SIGTERM"));
    process.on("SIGINT", () => onSignal("SIGINT"));
  });
  console.log(`sandbox worker ${id}: stopped`);
  return 0;
}

runIfEntry(import.meta.url, main);

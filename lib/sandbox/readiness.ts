/**
 * The sandbox part of GET /api/ready: in-process (SQLite), this host must be able to sandbox
 * (checkSandbox); with the PostgreSQL job queue the app host needs no bubblewrap, only the queue's
 * tables, and a queue without a worker is not a reason to take the app out of the load balancer
 * (runs then answer 503 "No sandbox worker is running"). Throws with the reason when not ready.
 */
import { checkSandbox } from "./bwrap";
import { sharedJobQueueRunner } from "./job-runner";
import { queueConfig } from "./queue-config";

export async function sandboxReadiness(): Promise<void> {
  const config = queueConfig();
  if (config.mode === "in-process") return checkSandbox();
  await sharedJobQueueRunner(config.DATABASE_URL, config.SANDBOX_WORKER_STALE_SECONDS).probe();
}

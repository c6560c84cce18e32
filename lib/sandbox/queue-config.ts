/**
 * Where sandbox runs happen (decision 0019): in this process (the embedded default, and any SQLite
 * database) or as jobs on the PostgreSQL job queue taken by `npm run sandbox:worker` processes.
 * Read from the environment here, lazily, so tests and scripts may set it before the first run.
 */
import { z } from "zod";

const configSchema = z.object({
  DATABASE_URL: z.string().default("file:./data/recall-lab.db"),
  /** auto: the job queue on PostgreSQL, in-process on SQLite; in-process: never the job queue. */
  SANDBOX_QUEUE: z.enum(["auto", "in-process", "postgres"]).default("auto"),
  /** Runs one worker process takes at once (its warm spares are as many). */
  SANDBOX_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
  /**
   * A worker cut off from the database loses its session (and with it its liveness) after this
   * long; a killed one at once. It stops its own runs after 40% of this (decision 0019).
   */
  SANDBOX_WORKER_STALE_SECONDS: z.coerce.number().min(1).max(600).default(10),
});

export type QueueConfig = z.infer<typeof configSchema> & { mode: "in-process" | "postgres" };

export function queueConfig(source: Record<string, string | undefined> = process.env): QueueConfig {
  const parsed = configSchema.safeParse(source);
  if (!parsed.success)
    throw new Error(
      `Sandbox queue settings: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  const onPostgres = /^postgres(ql)?:\/\//.test(parsed.data.DATABASE_URL);
  if (parsed.data.SANDBOX_QUEUE === "postgres" && !onPostgres)
    throw new Error(
      "SANDBOX_QUEUE=postgres needs DATABASE_URL=postgresql://…; leave it unset (auto) on SQLite.",
    );
  const mode = parsed.data.SANDBOX_QUEUE !== "in-process" && onPostgres ? "postgres" : "in-process";
  return { ...parsed.data, mode };
}

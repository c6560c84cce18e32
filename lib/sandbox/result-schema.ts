/** The run result and the route's stream lines as zod schemas: parsed where stored JSON or a response is read back. */
import { z } from "zod";

export const runStatuses = ["ok", "failed", "timeout", "limit"] as const;

export const processResultSchema = z.object({
  name: z.string(),
  /** Exit code, or null when a signal ended it. */
  exitCode: z.number().nullable(),
  /** Signal name like "SIGTERM", or null. */
  signal: z.string().nullable(),
  /** True when the sandbox stopped it (a server after its client ended, or at a timeout/limit). */
  stoppedBySandbox: z.boolean(),
  stdout: z.string(),
  stderr: z.string(),
});

export const transcriptLineSchema = z.object({
  process: z.string(),
  stream: z.enum(["stdout", "stderr"]),
  text: z.string(),
  /** Milliseconds since the scenario started when the line's first byte arrived. */
  ms: z.number(),
});

export const expectCheckSchema = z.object({
  process: z.string(),
  matched: z.boolean(),
  /** Why it did not match, in words a learner understands. */
  reason: z.string().optional(),
});

/** What one sandbox run returns: the JSON the CLI prints and the route responds with. */
export const runResultSchema = z.object({
  status: z.enum(runStatuses),
  /** Which limit was hit when status is "limit": output, memory, cpu, processes, file size. */
  limit: z.string().optional(),
  processes: z.array(processResultSchema),
  transcript: z.array(transcriptLineSchema),
  durationMs: z.number(),
  /** null when the scenario has no expect section. */
  expect: z.object({ matched: z.boolean(), checks: z.array(expectCheckSchema) }).nullable(),
});

/** One line of the ndjson stream POST /api/sandbox/run sends when asked with Accept: application/x-ndjson. */
export const runStreamLineSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("queued"), position: z.number().int().positive() }),
  z.object({ type: z.literal("started") }),
  z.object({ type: z.literal("result"), result: runResultSchema }),
  z.object({ type: z.literal("error"), status: z.number().int(), error: z.string() }),
]);

export type RunStreamLine = z.infer<typeof runStreamLineSchema>;

/** A stored run as the panel shows it: the result and when it finished (ISO time). */
export const storedRunSchema = z.object({ result: runResultSchema, ranAt: z.string() });
export type StoredRun = z.infer<typeof storedRunSchema>;

/** What the panel needs about an example: its processes, its files and the last unedited run of these files. */
export const panelExampleSchema = z.object({
  id: z.string(),
  title: z.string(),
  processes: z.array(z.object({ name: z.string(), run: z.string() })),
  files: z.array(z.object({ name: z.string(), content: z.string() })),
  lastRun: storedRunSchema.nullable(),
});
export type PanelExample = z.infer<typeof panelExampleSchema>;

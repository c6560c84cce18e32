/** The run result and the route's stream lines as zod schemas: parsed where stored JSON or a response is read back. */
import { z } from "zod";
import type { RunResult } from "./types";

const processSchema = z.object({
  name: z.string(),
  exitCode: z.number().nullable(),
  signal: z.string().nullable(),
  stoppedBySandbox: z.boolean(),
  stdout: z.string(),
  stderr: z.string(),
});

export const runResultSchema = z.object({
  status: z.enum(["ok", "failed", "timeout", "limit"]),
  limit: z.string().optional(),
  processes: z.array(processSchema),
  transcript: z.array(
    z.object({
      process: z.string(),
      stream: z.enum(["stdout", "stderr"]),
      text: z.string(),
      ms: z.number(),
    }),
  ),
  durationMs: z.number(),
  expect: z
    .object({
      matched: z.boolean(),
      checks: z.array(
        z.object({ process: z.string(), matched: z.boolean(), reason: z.string().optional() }),
      ),
    })
    .nullable(),
}) satisfies z.ZodType<RunResult>;

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

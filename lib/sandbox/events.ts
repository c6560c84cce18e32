/** The JSON lines lib/sandbox/supervisor.py writes from inside the sandbox: parsed, never trusted blindly. */
import { z } from "zod";

const base = { ms: z.number().int().nonnegative() };

export const supervisorEventSchema = z.discriminatedUnion("e", [
  /** Started and waiting for its run on stdin (a warm spare is usable from here on). */
  z.object({ e: z.literal("waiting"), ...base }),
  z.object({ e: z.literal("start"), p: z.string(), pid: z.number().int(), ...base }),
  z.object({ e: z.literal("ready"), p: z.string(), ...base }),
  z.object({
    e: z.literal("out"),
    p: z.string(),
    s: z.enum(["stdout", "stderr"]),
    d: z.string(),
    ...base,
  }),
  z.object({
    e: z.literal("exit"),
    p: z.string(),
    code: z.number().int().nullable(),
    signal: z.number().int().nullable(),
    stopped: z.boolean(),
    ...base,
  }),
  z.object({ e: z.literal("limit"), p: z.string().nullable(), kind: z.string(), ...base }),
  z.object({ e: z.literal("timeout"), ...base }),
  z.object({ e: z.literal("done"), limit: z.string().nullable(), ...base }),
]);

export type SupervisorEvent = z.infer<typeof supervisorEventSchema>;

/** Parses one line; a line that is not a valid event is ignored rather than trusted. */
export function parseEvent(line: string): SupervisorEvent | null {
  try {
    const parsed = supervisorEventSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

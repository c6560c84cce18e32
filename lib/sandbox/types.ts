/** What one sandbox run returns: this is the JSON the CLI prints and the route responds with. */
export type RunStatus = "ok" | "failed" | "timeout" | "limit";
export type Stream = "stdout" | "stderr";

export interface ProcessResult {
  name: string;
  /** Exit code, or null when a signal ended it. */
  exitCode: number | null;
  /** Signal name like "SIGTERM", or null. */
  signal: string | null;
  /** True when the sandbox stopped it (a server after its client ended, or at a timeout/limit). */
  stoppedBySandbox: boolean;
  stdout: string;
  stderr: string;
}

export interface TranscriptLine {
  process: string;
  stream: Stream;
  text: string;
  /** Milliseconds since the scenario started when the line's first byte arrived. */
  ms: number;
}

export interface ExpectCheck {
  process: string;
  matched: boolean;
  /** Why it did not match, in words a learner understands. */
  reason?: string;
}

export interface RunResult {
  status: RunStatus;
  /** Which limit was hit when status is "limit": output, memory, cpu, processes, file size. */
  limit?: string;
  processes: ProcessResult[];
  transcript: TranscriptLine[];
  durationMs: number;
  /** null when the scenario has no expect section. */
  expect: { matched: boolean; checks: ExpectCheck[] } | null;
}

/** The seam between the sandbox route's data layer (runs.ts) and what runs the code: here, in-process, or a worker. */
import type { QueuedRunOptions } from "./queue";
import type { ScenarioFiles } from "./scenario";
import type { RunResult } from "./types";

export type RunFailure = { ok: false; status: 400 | 404 | 429 | 503; error: string };
export type RunExampleOutcome = { ok: true; result: RunResult } | RunFailure;

/** A run that passed every check and holds its place in the rate limit; its row says "running". */
export interface ClaimedRun {
  id: string;
  input: ScenarioFiles;
}

/** What runs the code: the app-wide queue, the PostgreSQL job queue, or a stand-in the tests inject. */
export interface SandboxRunner {
  /** Throws SandboxUnavailableError when no run can happen (no bubblewrap here, or no sandbox worker). */
  ready(): Promise<void>;
  run(input: ScenarioFiles, options: QueuedRunOptions): Promise<RunResult>;
  /**
   * When present, this runner runs a claimed run itself and stores its row (a worker does, on the
   * job queue); otherwise finishRun calls `run` and stores the result.
   */
  runClaimed?(claimed: ClaimedRun, options: QueuedRunOptions): Promise<RunExampleOutcome>;
}

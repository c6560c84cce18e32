/** The code sandbox: run a scenario's Python processes together in one bubblewrap sandbox. */
export { runScenario, type RunOptions } from "./run";
export { RunQueue, runQueue, type QueuedRunOptions } from "./queue";
export { SandboxPool } from "./pool";
export { checkSandbox } from "./bwrap";
export { SandboxUnavailableError, ScenarioInputError } from "./errors";
export {
  loadScenarioFolder,
  checkScenarioFiles,
  withEditedFiles,
  type ScenarioFiles,
} from "./scenario";
export { defaultLimits, fileLimits, type SandboxLimits } from "./limits";
export type { RunResult, RunStatus, ProcessResult, TranscriptLine, ExpectCheck } from "./types";

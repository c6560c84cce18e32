/** Thrown when the host cannot sandbox code; callers answer 503 and never run code unsandboxed. */
export class SandboxUnavailableError extends Error {
  override readonly name = "SandboxUnavailableError";
  constructor(
    message: string,
    /** What an operator should do, e.g. "apt-get install bubblewrap". */
    readonly fix: string,
  ) {
    super(`${message} (${fix})`);
  }
}

/** The scenario or its files are not acceptable (bad name, too large, missing file): a 4xx, not a crash. */
export class ScenarioInputError extends Error {
  override readonly name = "ScenarioInputError";
}

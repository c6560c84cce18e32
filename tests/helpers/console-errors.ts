/**
 * An unexpected console.error fails the test that caused it (epic-stack does the same): a swallowed
 * exception or a React warning is a bug even when the assertions pass. A test that means to
 * provoke one says so with `allowConsoleError(/pattern/)`, and can read what was said.
 */
import { format } from "node:util";
import { afterEach, beforeEach, vi } from "vitest";

let allowed: RegExp[] = [];
let said: string[] = [];

/** Lets console.error lines matching `pattern` pass for the rest of the current test. */
export function allowConsoleError(pattern: RegExp): void {
  allowed.push(pattern);
}

/** Every console.error line of the current test so far. */
export const consoleErrors = (): readonly string[] => said;

export function failOnConsoleError(): void {
  beforeEach(() => {
    allowed = [];
    said = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      said.push(format(...args));
    });
  });
  afterEach(() => {
    vi.mocked(console.error).mockRestore();
    const unexpected = said.filter((line) => !allowed.some((p) => p.test(line)));
    if (unexpected.length > 0)
      throw new Error(`Unexpected console.error during the test:\n${unexpected.join("\n---\n")}`);
  });
}

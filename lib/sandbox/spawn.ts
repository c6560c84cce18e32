/** Starts one bubblewrap sandbox whose supervisor waits on stdin for a run. */
import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { BWRAP, bwrapArgs, sandboxUser } from "./bwrap";
import type { SandboxLimits } from "./limits";

export type SandboxProcess = ChildProcessByStdio<Writable, Readable, Readable>;

export function startSandbox(rootDir: string, limits: SandboxLimits): SandboxProcess {
  // Empty env and only three pipes: nothing of the host's environment or fds reaches bwrap.
  const child = spawn(BWRAP, bwrapArgs(rootDir, limits), {
    env: {} as NodeJS.ProcessEnv,
    stdio: ["pipe", "pipe", "pipe"],
    detached: true,
    ...sandboxUser(),
  });
  child.stdin.on("error", () => undefined);
  child.on("error", () => undefined);
  return child;
}

/** Kills bwrap's process group; --die-with-parent and PID 1 semantics take everything inside with it. */
export function killSandbox(child: SandboxProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** Starts one bubblewrap sandbox whose supervisor waits on stdin for a run. */
import { spawn, type ChildProcessByStdio } from "node:child_process";
import { readFileSync } from "node:fs";
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

/**
 * Kills the sandbox: first its PID 1 (the supervisor), so bwrap reaps it and exits normally and the kernel
 * kills everything else in the PID namespace; then bwrap's process group in case bwrap itself is stuck.
 */
export function killSandbox(child: SandboxProcess): void {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const inner = innerPids(pid);
  inner.forEach((p) => signal(p));
  const killGroup = () => child.exitCode === null && child.signalCode === null && signal(-pid);
  if (inner.length) setTimeout(killGroup, 1000).unref();
  else killGroup();
}

function innerPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(" ")
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function signal(target: number): void {
  try {
    process.kill(target, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** The floor for bench/sandbox.ts: the same scenario's scripts run bare on the host, plus small measuring helpers. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ScenarioFiles } from "../lib/sandbox";
import { PYTHON } from "../lib/sandbox/bwrap";
import { sandboxProcessesOf } from "../lib/sandbox/host-processes";

let nextPort = 20000 + Math.floor(Math.random() * 9000);

/**
 * Runs the processes in order on the host, waiting for `ready` in the host's /proc/net like the sandbox does.
 * Each run moves the scenario's port to a fresh one: on the shared host, the last run's TIME_WAIT would block bind().
 */
export async function runBare({ scenario, files }: ScenarioFiles): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "bare-"));
  const port = scenario.processes.find((p) => p.ready)?.ready?.port;
  const fresh = String(nextPort++ > 30000 ? (nextPort = 20000) : nextPort);
  const movePort = (text: string) => (port ? text.replaceAll(String(port), fresh) : text);
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(dir, name), movePort(text));
  try {
    return await timeProcesses(scenario, dir, Number(fresh));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeProcesses(
  scenario: ScenarioFiles["scenario"],
  dir: string,
  port: number,
): Promise<number> {
  const t0 = performance.now();
  const servers: ChildProcess[] = [];
  const clients: Array<Promise<unknown>> = [];
  for (const proc of scenario.processes) {
    const child = spawn(PYTHON, ["-u", proc.run, ...proc.args], {
      cwd: dir,
      stdio: ["pipe", "pipe", "pipe"],
    });
    child.stdout?.resume();
    child.stderr?.resume();
    child.stdin?.end(proc.stdin ?? "");
    if (proc.ready) {
      servers.push(child);
      while (!portBound(port, proc.ready.protocol)) {
        if (child.exitCode !== null)
          throw new Error(`bare ${proc.name} exited before it was ready`);
        await new Promise((r) => setTimeout(r, 3));
      }
    } else clients.push(new Promise((r) => child.once("close", r)));
  }
  await Promise.all(clients);
  await Promise.all(
    servers.map((s) => new Promise((r) => (s.kill("SIGTERM"), s.once("close", r)))),
  );
  return performance.now() - t0;
}

function portBound(port: number, protocol: "tcp" | "udp"): boolean {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  return ["", "6"].some((v) =>
    readFileSync(`/proc/net/${protocol}${v}`, "utf8")
      .split("\n")
      .slice(1)
      .some((line) => {
        const cols = line.trim().split(/\s+/);
        return cols[1]?.endsWith(hex) && (protocol === "udp" || cols[3] === "0A");
      }),
  );
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Processes of this bench's own sandboxes still alive (never other servers' or other uid-65534 processes). */
export function leakedSandboxProcesses(): string[] {
  return sandboxProcessesOf(process.pid);
}

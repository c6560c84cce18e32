/** Helpers for the sandbox tests: availability gate, one-file scenarios, and a host-side leak check. */
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import {
  checkSandbox,
  checkScenarioFiles,
  runScenario,
  type RunResult,
  type SandboxLimits,
} from "../../lib/sandbox";
import { NOBODY } from "../../lib/sandbox/bwrap";

/** Why sandbox tests cannot run here, or null. In CI (CI=true) the tests fail with this reason instead of skipping. */
export const unavailable: string | null = await checkSandbox().then(
  () => null,
  (error: Error) => error.message,
);
export const skipSandbox = unavailable !== null && !process.env.CI;

/** Call in beforeAll: fails loudly in CI when the host cannot sandbox. */
export function requireSandbox(): void {
  if (unavailable) throw new Error(`sandbox unavailable: ${unavailable}`);
}

export interface CodeOptions {
  stdin?: string;
  limits?: Partial<SandboxLimits>;
}

/** Runs one Python file as process "main". */
export function runCode(code: string, options: CodeOptions = {}): Promise<RunResult> {
  const scenario = {
    title: "test",
    processes: [{ name: "main", run: "main.py", stdin: options.stdin }],
  };
  return runScenario(checkScenarioFiles(scenario, { "main.py": code }), { limits: options.limits });
}

/** Runs a server (ready on a TCP port) and a client, like the course's examples. */
export function runPair(
  server: string,
  client: string,
  port: number,
  limits?: Partial<SandboxLimits>,
): Promise<RunResult> {
  const scenario = {
    title: "test pair",
    processes: [
      { name: "server", run: "server.py", ready: { port, protocol: "tcp" } },
      { name: "client", run: "client.py" },
    ],
  };
  return runScenario(checkScenarioFiles(scenario, { "server.py": server, "client.py": client }), {
    limits,
  });
}

/** All output of a run as one string, to search for secrets. */
export function everything(result: RunResult): string {
  return JSON.stringify(result);
}

/** Host processes that belong to a sandbox: run as the sandbox uid, or bwrap with our temp dir marker. */
export function sandboxProcesses(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      const uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
      if ((process.getuid?.() === 0 && uid === NOBODY) || cmdline.includes("recall-sandbox-"))
        found.push(`${pid}: ${cmdline}`);
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** Waits until no sandbox process is left (other test files may still be finishing runs). */
export async function waitForNoSandboxProcesses(timeoutMs = 20_000): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  let left = sandboxProcesses();
  while (left.length && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    left = sandboxProcesses();
  }
  return left;
}

/** Host temp dirs of ours other than the shared read-only /sbx root: runs must write nothing on the host. */
export function perRunHostDirs(): string[] {
  return readdirSync(tmpdir()).filter(
    (e) => e.startsWith("recall-sandbox-") && !e.startsWith("recall-sandbox-root-"),
  );
}

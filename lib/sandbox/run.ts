/** runScenario: one scenario, all its processes, in one bubblewrap sandbox. */
import { createInterface } from "node:readline";
import { checkSandbox } from "./bwrap";
import { RunCollector } from "./collect";
import { ScenarioInputError } from "./errors";
import { parseEvent } from "./events";
import { checkExpectations } from "./expect";
import { sandboxRoot } from "./input";
import { defaultLimits, type SandboxLimits } from "./limits";
import type { SandboxPool } from "./pool";
import { loadScenarioFolder, type ScenarioFiles } from "./scenario";
import { killSandbox, startSandbox, type SandboxProcess } from "./spawn";
import { decideStatus } from "./status";
import type { RunResult } from "./types";

export interface RunOptions {
  limits?: Partial<SandboxLimits>;
  /** Aborting kills the sandbox at once (e.g. the HTTP client went away). */
  signal?: AbortSignal;
  /** Take a warm sandbox from this pool when one is ready. */
  pool?: SandboxPool;
}

// The supervisor enforces the wall clock itself; this backstop covers a supervisor that hangs or dies.
const BACKSTOP_MS = 2000;

/** Runs a scenario folder, or an already checked scenario with its files, and reports what happened. */
export async function runScenario(
  source: string | ScenarioFiles,
  options: RunOptions = {},
): Promise<RunResult> {
  const limits = { ...defaultLimits, ...options.limits };
  const input = typeof source === "string" ? await loadScenarioFolder(source) : source;
  for (const proc of input.scenario.processes) {
    if (Buffer.byteLength(proc.stdin ?? "") > limits.stdinBytes)
      throw new ScenarioInputError(
        `stdin of ${proc.name} is larger than ${limits.stdinBytes / 1024} KiB`,
      );
  }
  await checkSandbox();
  const started = performance.now();
  const child = options.pool?.take(limits) ?? startSandbox(await sandboxRoot(), limits);
  try {
    return await runInSandbox(input, child, limits, started, options.signal);
  } finally {
    void options.pool?.refill();
  }
}

async function runInSandbox(
  input: ScenarioFiles,
  child: SandboxProcess,
  limits: SandboxLimits,
  started: number,
  signal?: AbortSignal,
): Promise<RunResult> {
  const collector = new RunCollector(input.scenario.processes.map((p) => p.name));
  // The run's files and config go in over stdin: nothing per run is written on the host.
  child.stdin.end(
    JSON.stringify({ processes: input.scenario.processes, limits, files: input.files }),
  );
  const kill = () => killSandbox(child);
  const backstop = setTimeout(
    () => {
      collector.timedOut = true;
      kill();
    },
    limits.wallSeconds * 1000 + BACKSTOP_MS,
  );
  signal?.addEventListener("abort", kill, { once: true });
  if (signal?.aborted) kill(); // aborted while it waited in the queue: never run it
  let diagnostics = "";
  child.stderr.on(
    "data",
    (chunk: Buffer) => (diagnostics = (diagnostics + chunk.toString()).slice(-4096)),
  );
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  lines.on("line", (line) => {
    const event = parseEvent(line);
    if (event) collector.add(event);
  });
  const exit = await new Promise<number | null>((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    child.once("error", reject);
    child.once("close", (code) => resolve(code));
  }).finally(() => {
    clearTimeout(backstop);
    signal?.removeEventListener("abort", kill);
  });
  collector.finish();
  if (!collector.done && !collector.timedOut && exit !== 0) {
    appendNote(
      collector,
      `sandbox ended early (exit ${exit ?? "signal"}): ${diagnostics.trim() || "the supervisor was killed"}`,
    );
  }
  const processes = [...collector.processes.values()];
  const verdict =
    collector.done || collector.timedOut
      ? decideStatus(processes, collector)
      : { status: "failed" as const };
  return {
    ...verdict,
    processes,
    transcript: collector.transcript,
    durationMs: Math.round(performance.now() - started),
    expect: checkExpectations(input.scenario.expect, processes),
  };
}

function appendNote(collector: RunCollector, text: string): void {
  const last = collector.transcript.at(-1);
  collector.transcript.push({ process: "sandbox", stream: "stderr", text, ms: last?.ms ?? 0 });
}

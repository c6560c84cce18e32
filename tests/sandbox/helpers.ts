/** Helpers for the sandbox tests: availability gate, one-file scenarios, and a host-side leak check. */
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import {
  checkSandbox,
  checkScenarioFiles,
  runScenario,
  type RunResult,
  type SandboxLimits,
} from "../../lib/sandbox";
import { findExampleFolder } from "../../lib/sandbox/examples";
import { sandboxProcessesOf } from "../../lib/sandbox/host-processes";
import { loadScenarioFolder } from "../../lib/sandbox";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { afterAll, beforeAll, describe, expect } from "vitest";

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

/**
 * A suite that runs sandboxes: skipped where the host cannot sandbox (outside CI), its title then
 * saying why; requireSandbox before its tests; and after them (leakCheck, the default) none of our
 * sandbox processes left, checked before the suite's own afterAll hooks (vitest runs them last
 * registered first).
 */
export function describeSandbox(
  title: string,
  ...args: [body: () => void] | [options: { leakCheck: boolean }, body: () => void]
) {
  const [{ leakCheck }, body] = args.length === 1 ? [{ leakCheck: true }, args[0]] : args;
  describe.skipIf(skipSandbox)(`${title}${unavailable ? ` (${unavailable})` : ""}`, () => {
    beforeAll(requireSandbox);
    body();
    if (leakCheck) afterAll(async () => expect(await waitForNoSandboxProcesses()).toEqual([]));
  });
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

/** Processes of the sandboxes this test process started (bwrap with our /sbx dir, and all below them). */
export function sandboxProcesses(): string[] {
  return sandboxProcessesOf(process.pid);
}

/** Waits until none of our sandbox processes is left (closing spares take a moment to exit). */
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

/** The course's tcp-uppercase example as a row of a course of its own, in this status. */
export async function makeExample(prisma: PrismaClient, status = "published") {
  const folder = await findExampleFolder("tcp-uppercase");
  const { scenario, files } = await loadScenarioFolder(folder ?? "");
  const id = `sbx-${status}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const course = await prisma.course.create({ data: { slug: id, title: id } });
  await prisma.example.create({
    data: {
      id,
      courseId: course.id,
      title: "TCP uppercase",
      status,
      scenario: JSON.stringify(scenario),
      files: { create: Object.entries(files).map(([name, content]) => ({ name, content })) },
    },
  });
  return { id, files };
}

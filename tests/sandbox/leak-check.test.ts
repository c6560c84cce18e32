/** The leak check itself: it sees this process's own sandboxes and nothing else on the machine. */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, expect, it } from "vitest";
import { SandboxPool } from "../../lib/sandbox";
import { sandboxUser } from "../../lib/sandbox/bwrap";
import { sandboxRootMarker } from "../../lib/sandbox/input";
import { describeSandbox, sandboxProcesses, waitForNoSandboxProcesses } from "./helpers";

const foreign: ChildProcess[] = [];

/** A shell sleeping with `marker` in its command line, as the sandbox's host uid when we are root. */
async function startForeign(marker: string): Promise<ChildProcess> {
  const child = spawn("/bin/sh", ["-c", "sleep 60; :", "sh", marker], {
    stdio: "ignore",
    ...sandboxUser(),
  });
  foreign.push(child);
  const cmdline = () => {
    try {
      return readFileSync(`/proc/${child.pid}/cmdline`, "utf8");
    } catch {
      return "";
    }
  };
  const until = Date.now() + 10_000;
  while (!cmdline().includes(marker) && Date.now() < until)
    await new Promise((r) => setTimeout(r, 20));
  expect(cmdline()).toContain(marker);
  return child;
}

describeSandbox("leak check", { leakCheck: false }, () => {
  afterAll(() => foreign.forEach((child) => child.kill("SIGKILL")));

  it("counts our waiting spare sandbox but not another server's sandbox or other uid-65534 processes", async () => {
    // Another server's sandbox (its /sbx marker names another pid), run as the sandbox's host uid when we are root.
    const other = await startForeign(`${sandboxRootMarker(process.pid + 1)}x`);
    const pool = new SandboxPool(1);
    await pool.refill();
    const ours = sandboxProcesses();
    expect(ours.some((line) => line.includes("/usr/bin/bwrap "))).toBe(true);
    expect(ours.some((line) => line.includes("/sbx/supervisor.py"))).toBe(true);
    expect(ours.some((line) => line.startsWith(`${other.pid}:`))).toBe(false);
    pool.close();
    expect(await waitForNoSandboxProcesses()).toEqual([]);
    expect(other.exitCode).toBeNull();
  });
});

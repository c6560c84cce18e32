/** npm run sandbox: prints a run as JSON and exits 0, even for a failed run; usage errors exit non-zero. */
import { spawnSync } from "node:child_process";
import { expect, it, vi } from "vitest";
import { main as sandboxCli } from "../../scripts/sandbox";
import { allowConsoleError, consoleErrors } from "../helpers/console-errors";
import { describeSandbox } from "./helpers";

/** The CLI's main in-process: its exit code and what it printed. */
async function sandbox(...args: string[]) {
  const printed: string[] = [];
  const log = vi
    .spyOn(console, "log")
    .mockImplementation((line: string) => void printed.push(line));
  try {
    return { status: await sandboxCli(args), stdout: printed.join("\n") };
  } finally {
    log.mockRestore();
  }
}

describeSandbox("npm run sandbox", { leakCheck: false }, () => {
  it("prints the result of an example id (spawned, as a person runs it) as JSON", () => {
    const byId = spawnSync("node_modules/.bin/tsx", ["scripts/sandbox.ts", "tcp-uppercase"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(byId.status, byId.stderr).toBe(0);
    expect(JSON.parse(byId.stdout)).toMatchObject({ status: "ok", expect: { matched: true } });
  });

  it("prints a scenario folder's run as JSON, exit 0 also when the run fails", async () => {
    const failing = await sandbox(
      "content/courses/socket-programming/examples/cis345-echo-as-written",
    );
    expect(failing.status).toBe(0);
    expect(JSON.parse(failing.stdout)).toMatchObject({
      status: "failed",
      expect: { matched: true },
    });
  });

  it("usage errors exit non-zero with a message", async () => {
    allowConsoleError(/usage|no example|no scenario\.yaml/);
    for (const args of [[], ["no-such-example"], ["/tmp"], ["a", "b"]]) {
      const before = consoleErrors().length;
      const run = await sandbox(...args);
      expect(run.status, args.join(" ")).not.toBe(0);
      expect(consoleErrors().slice(before).join("\n")).toMatch(
        /usage|no example|no scenario\.yaml/,
      );
    }
  });
});

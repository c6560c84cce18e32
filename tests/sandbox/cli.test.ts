/** npm run sandbox: prints a run as JSON and exits 0, even for a failed run; usage errors exit non-zero. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { skipSandbox, unavailable } from "./helpers";

const sandbox = (...args: string[]) =>
  spawnSync("node_modules/.bin/tsx", ["scripts/sandbox.ts", ...args], {
    encoding: "utf8",
    timeout: 30_000,
  });

describe.skipIf(skipSandbox)(`npm run sandbox${unavailable ? ` (${unavailable})` : ""}`, () => {
  it("prints the result of an example id or a folder as JSON, exit 0 also when the run fails", () => {
    const byId = sandbox("tcp-uppercase");
    expect(byId.status, byId.stderr).toBe(0);
    expect(JSON.parse(byId.stdout)).toMatchObject({ status: "ok", expect: { matched: true } });
    const failing = sandbox("content/courses/socket-programming/examples/cis345-echo-as-written");
    expect(failing.status, failing.stderr).toBe(0);
    expect(JSON.parse(failing.stdout)).toMatchObject({
      status: "failed",
      expect: { matched: true },
    });
  });

  it("usage errors exit non-zero with a message", () => {
    for (const args of [[], ["no-such-example"], ["/tmp"], ["a", "b"]]) {
      const run = sandbox(...args);
      expect(run.status, args.join(" ")).not.toBe(0);
      expect(run.stderr).toMatch(/usage|no example|no scenario\.yaml/);
    }
  });
});

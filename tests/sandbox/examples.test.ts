/** Every example in content/ runs in the sandbox and meets its expect section. */
import path from "node:path";
import { expect, it } from "vitest";
import { runScenario } from "../../lib/sandbox";
import { listExampleFolders } from "../../lib/sandbox/examples";
import { describeSandbox } from "./helpers";

const EXPECTED_EXAMPLES = 7;
const folders = await listExampleFolders();

describeSandbox("content examples in the sandbox", () => {
  it(`has the ${EXPECTED_EXAMPLES} course examples once content has landed`, () => {
    if (folders.length > 0) expect(folders.length).toBeGreaterThanOrEqual(EXPECTED_EXAMPLES);
  });

  it.each(folders.map((f) => [path.basename(f), f]))("%s meets its expect", async (_id, folder) => {
    const result = await runScenario(folder);
    expect(
      result.expect?.checks.filter((c) => !c.matched),
      JSON.stringify(result.processes),
    ).toEqual([]);
    expect(result.status).not.toBe("timeout");
    expect(result.status).not.toBe("limit");
  });

  it.runIf(folders.some((f) => f.endsWith("cis345-echo-as-written")))(
    "the CIS 345 client as written fails with its NameError",
    async () => {
      const result = await runScenario(
        folders.find((f) => f.endsWith("cis345-echo-as-written")) ?? "",
      );
      const client = result.processes.find((p) => p.name === "client");
      expect(result.status).toBe("failed");
      expect(client?.exitCode).toBe(1);
      expect(client?.stderr).toContain("NameError");
    },
  );

  it.runIf(folders.some((f) => f.endsWith("cis345-echo-fixed")))(
    "the fixed CIS 345 client works",
    async () => {
      const result = await runScenario(folders.find((f) => f.endsWith("cis345-echo-fixed")) ?? "");
      expect(result.status).toBe("ok");
      expect(result.expect?.matched).toBe(true);
    },
  );
});

/** npm run sandbox -- <example-id | scenario folder>: runs one scenario in the sandbox and prints the result as JSON. */
import { existsSync } from "node:fs";
import { findExampleFolder } from "../lib/sandbox/examples";
import { runScenario, SandboxUnavailableError, ScenarioInputError } from "../lib/sandbox";
import { runIfEntry } from "./entry";

const usage = "usage: npm run sandbox -- <example-id | path to a scenario folder>";

export async function main(argv: string[]): Promise<number> {
  const [target] = argv;
  if (!target || argv.length > 1 || target.startsWith("-")) {
    console.error(usage);
    return 2;
  }
  const folder = existsSync(target) ? target : await findExampleFolder(target);
  if (!folder) {
    console.error(
      `no example "${target}" under content/courses/*/examples/ and no such folder\n${usage}`,
    );
    return 2;
  }
  try {
    // A failed or timed-out run is still a result: print it and exit 0.
    console.log(JSON.stringify(await runScenario(folder), null, 2));
    return 0;
  } catch (error) {
    if (error instanceof SandboxUnavailableError || error instanceof ScenarioInputError) {
      console.error(error.message);
      return error instanceof SandboxUnavailableError ? 3 : 2;
    }
    throw error;
  }
}

runIfEntry(import.meta.url, main);

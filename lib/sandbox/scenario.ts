/** Loads a scenario (scenario.yaml + Python files) from a folder or from memory, and checks it before a run. */
import { lstat, readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { scenarioSchema, type Scenario } from "../content/schema";
import { parseUserYaml } from "../yaml";
import { ScenarioInputError } from "./errors";
import { fileLimits } from "./limits";

export interface ScenarioFiles {
  scenario: Scenario;
  /** Plain file name → content; only these files exist in the sandbox's work dir. */
  files: Record<string, string>;
}

// Same rule as the content schema's run: field, so a name can never be a path like ../x.
const fileNamePattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*\.py$/;

export async function loadScenarioFolder(dir: string): Promise<ScenarioFiles> {
  const yamlText = await readFile(path.join(dir, "scenario.yaml"), "utf8").catch(() => {
    throw new ScenarioInputError(`no scenario.yaml in ${dir}`);
  });
  const files: Record<string, string> = {};
  for (const name of await readdir(dir)) {
    // Skip symlinks and folders: only plain files of the example are offered.
    if (!fileNamePattern.test(name) || !(await lstat(path.join(dir, name))).isFile()) continue;
    files[name] = await readFile(path.join(dir, name), "utf8");
  }
  const scenario = parseUserYaml(yamlText);
  if (!scenario.ok)
    throw new ScenarioInputError(`scenario.yaml is not valid YAML: ${scenario.error}`);
  return checkScenarioFiles(scenario.value, files);
}

/** Validates an untrusted scenario and file map; throws ScenarioInputError with a message for the user. */
export function checkScenarioFiles(
  scenario: unknown,
  files: Record<string, string>,
): ScenarioFiles {
  const parsed = scenarioSchema.safeParse(scenario);
  if (!parsed.success)
    throw new ScenarioInputError(
      `invalid scenario: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  const names = Object.keys(files);
  if (names.length > fileLimits.maxFiles)
    throw new ScenarioInputError(
      `too many files (${names.length}, at most ${fileLimits.maxFiles})`,
    );
  for (const name of names) {
    if (!fileNamePattern.test(name))
      throw new ScenarioInputError(
        `file name ${JSON.stringify(name)} is not a plain Python file name like client.py`,
      );
    if (Buffer.byteLength(files[name] ?? "") > fileLimits.maxFileBytes)
      throw new ScenarioInputError(`${name} is larger than ${fileLimits.maxFileBytes / 1024} KiB`);
  }
  for (const proc of parsed.data.processes) {
    if (!(proc.run in files))
      throw new ScenarioInputError(
        `process ${proc.name} runs ${proc.run}, which is not among the files`,
      );
  }
  return { scenario: parsed.data, files };
}

/** The example's files with the learner's edits: only files the example already has may be replaced. */
export function withEditedFiles(base: ScenarioFiles, edits: Record<string, string>): ScenarioFiles {
  for (const name of Object.keys(edits)) {
    if (!(name in base.files))
      throw new ScenarioInputError(`${JSON.stringify(name)} is not a file of this example`);
  }
  return checkScenarioFiles(base.scenario, { ...base.files, ...edits });
}

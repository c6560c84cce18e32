/** "Run" in the example editor: the unsaved files in the sandbox, for instructors only. */
import "server-only";
import {
  checkScenarioFiles,
  runScenario,
  ScenarioInputError,
  SandboxUnavailableError,
  type RunResult,
} from "../sandbox";
import { runDraftSchema } from "../validations/authoring";
import { parseUserYaml } from "../yaml";
import { requireAuthor } from "./gate";

export type DraftRun = { ok: true; result: RunResult } | { ok: false; error: string };

export async function runDraftExample(input: unknown): Promise<DraftRun> {
  await requireAuthor();
  const draft = runDraftSchema.safeParse(input);
  if (!draft.success)
    return { ok: false, error: draft.error.issues[0]?.message ?? "can't run these files" };
  const scenario = parseUserYaml(draft.data.scenario);
  if (!scenario.ok)
    return { ok: false, error: `scenario.yaml is not valid YAML: ${scenario.error}` };
  try {
    return {
      ok: true,
      result: await runScenario(checkScenarioFiles(scenario.value, draft.data.files)),
    };
  } catch (error) {
    if (error instanceof ScenarioInputError || error instanceof SandboxUnavailableError)
      return { ok: false, error: error.message };
    throw error;
  }
}

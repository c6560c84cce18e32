/** An example as the sandbox sees it: loaded for a user, checked, and hashed so a stored run can be matched to its files. */
import "server-only";
import { createHash } from "node:crypto";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { checkScenarioFiles, type ScenarioFiles } from "./scenario";

const exampleSelect = {
  id: true,
  title: true,
  scenario: true,
  files: { orderBy: { name: "asc" }, select: { name: true, content: true } },
} as const;

export interface StoredExample {
  id: string;
  title: string;
  scenario: string;
  files: Array<{ name: string; content: string }>;
}

/** Learners see published examples; instructors and admins may also run drafts. */
export function findExample(
  user: Pick<CurrentUser, "role">,
  exampleId: string,
): Promise<StoredExample | null> {
  const where =
    user.role === "LEARNER"
      ? { id: exampleId, archivedAt: null, status: "published" }
      : { id: exampleId, archivedAt: null };
  return db.example.findFirst({ where, select: exampleSelect });
}

/** The example's scenario and files, checked; throws ScenarioInputError when the stored example is unusable. */
export function exampleInput(example: StoredExample): ScenarioFiles {
  return checkScenarioFiles(
    JSON.parse(example.scenario),
    Object.fromEntries(example.files.map((f) => [f.name, f.content])),
  );
}

/** Same scenario and files → same hash, whatever order the files came in; a changed example gets a new one. */
export function inputHashOf(input: ScenarioFiles): string {
  const files = Object.keys(input.files)
    .sort()
    .map((name) => [name, input.files[name]]);
  return createHash("sha256")
    .update(JSON.stringify({ scenario: input.scenario, files }))
    .digest("hex");
}

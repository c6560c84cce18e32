/**
 * What an example panel shows before anyone presses Run: the example's files and the latest stored run of exactly
 * these files. Edited runs, unfinished runs and runs of an older version of the example (another input hash) never count.
 */
import "server-only";
import { cache } from "react";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { exampleInput, findExample, inputHashOf } from "./example-input";
import { runResultSchema, type PanelExample, type StoredRun } from "./result-schema";

const finished = ["ok", "failed", "timeout", "limit"];

export async function lastRunOf(exampleId: string, inputHash: string): Promise<StoredRun | null> {
  const row = await db.sandboxRun.findFirst({
    where: { exampleId, inputHash, edited: false, status: { in: finished } },
    orderBy: { ranAt: "desc" },
    select: { result: true, ranAt: true },
  });
  if (!row) return null;
  const result = runResultSchema.safeParse(JSON.parse(row.result));
  return result.success ? { result: result.data, ranAt: row.ranAt.toISOString() } : null;
}

/** The panel's data for one example, or null when this user may not see it. */
export function examplePanel(user: CurrentUser, exampleId: string): Promise<PanelExample | null> {
  return panelFor(user.role, exampleId);
}

// Cached per request by primitive keys: many cards on one page share one example.
const panelFor = cache(
  async (role: CurrentUser["role"], exampleId: string): Promise<PanelExample | null> => {
    const example = await findExample({ role }, exampleId);
    if (!example) return null;
    let input;
    try {
      input = exampleInput(example);
    } catch {
      return null; // a broken stored example cannot run; its editor says why
    }
    return {
      id: example.id,
      title: example.title,
      processes: input.scenario.processes.map((p) => ({ name: p.name, run: p.run })),
      files: example.files,
      lastRun: await lastRunOf(example.id, inputHashOf(input)),
    };
  },
);

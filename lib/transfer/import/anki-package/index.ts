/**
 * Anki packages into courses, for the browser (instructors) and the CLI: `previewAnkiPackage` reads
 * the file and plans, writing nothing; `importAnkiPackage` plans again inside one transaction and
 * writes only if the plan is still the one previewed (its hash). Errors are values.
 */
import "server-only";
import { requireUser } from "../../../auth/session";
import { db } from "../../../db";
import { PackageError } from "./errors";
import {
  planAnkiImport,
  writeAnkiPlan,
  type AnkiImportRequest,
  type AnkiPlan,
  type AnkiWriteStats,
} from "./instructor";
import {
  planLearnerImport,
  writeLearnerImport,
  type LearnerPlan,
  type LearnerWriteStats,
} from "./learner";
import { readPackage, type AnkiPackage } from "./package";

export type AnkiPreview = { ok: true; plan: AnkiPlan } | { ok: false; error: string };
export type AnkiRun =
  { ok: true; plan: AnkiPlan; stats: AnkiWriteStats } | { ok: false; error: string };

export function openPackage(
  bytes: Uint8Array,
): { ok: true; pkg: AnkiPackage } | { ok: false; error: string } {
  try {
    return { ok: true, pkg: readPackage(bytes) };
  } catch (error) {
    if (error instanceof PackageError) return { ok: false, error: error.message };
    throw error;
  }
}

async function plan(pkg: AnkiPackage, request: AnkiImportRequest) {
  try {
    return await db.$transaction((tx) => planAnkiImport(tx, pkg, request));
  } catch (error) {
    if (error instanceof PackageError) return { error: error.message };
    throw error;
  }
}

/** Reads and plans without writing; `authorize: false` is for the CLI, which runs as the operator. */
export async function previewAnkiPackage(
  bytes: Uint8Array,
  request: AnkiImportRequest,
  options: { authorize?: boolean } = {},
): Promise<AnkiPreview> {
  if (options.authorize !== false) await requireUser(["INSTRUCTOR", "ADMIN"]);
  const opened = openPackage(bytes);
  if (!opened.ok) return opened;
  const planned = await plan(opened.pkg, request);
  return "error" in planned
    ? { ok: false, error: planned.error }
    : { ok: true, plan: planned.plan };
}

class StalePreview extends Error {}

/** Writes the package's plan; `previewHash` null (the CLI) writes whatever the plan is now. */
export async function importAnkiPackage(
  bytes: Uint8Array,
  request: AnkiImportRequest,
  previewHash: string | null,
  options: { authorize?: boolean } = {},
): Promise<AnkiRun> {
  const user = options.authorize === false ? null : await requireUser(["INSTRUCTOR", "ADMIN"]);
  const opened = openPackage(bytes);
  if (!opened.ok) return opened;
  try {
    return await db.$transaction(
      async (tx): Promise<AnkiRun> => {
        const planned = await planAnkiImport(tx, opened.pkg, request);
        if ("error" in planned) return { ok: false, error: planned.error };
        if (previewHash !== null && planned.plan.hash !== previewHash) throw new StalePreview();
        const stats = await writeAnkiPlan(tx, planned, {
          authorId: user?.id ?? null,
          publishNow: request.publishNow,
          fileName: request.fileName,
        });
        return { ok: true, plan: planned.plan, stats };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof StalePreview)
      return {
        ok: false,
        error: "the course changed since the preview; preview again before importing",
      };
    if (error instanceof PackageError) return { ok: false, error: error.message };
    throw error;
  }
}

export type LearnerPreview = { ok: true; plan: LearnerPlan } | { ok: false; error: string };
export type LearnerRun =
  { ok: true; plan: LearnerPlan; stats: LearnerWriteStats } | { ok: false; error: string };

/** The signed-in learner's collection: what would come in, nothing written. */
export async function previewLearnerCollection(
  bytes: Uint8Array,
  userId?: string,
): Promise<LearnerPreview> {
  const id = userId ?? (await requireUser()).id;
  const opened = openPackage(bytes);
  if (!opened.ok) return opened;
  const planned = await db.$transaction((tx) => planLearnerImport(tx, id, opened.pkg));
  return "error" in planned
    ? { ok: false, error: planned.error }
    : { ok: true, plan: planned.plan };
}

/** Writes the learner's history if the plan is still the one previewed (`previewHash`; null: as it is now). */
export async function importLearnerCollection(
  bytes: Uint8Array,
  previewHash: string | null,
  options: { userId?: string; now?: Date } = {},
): Promise<LearnerRun> {
  const id = options.userId ?? (await requireUser()).id;
  const opened = openPackage(bytes);
  if (!opened.ok) return opened;
  try {
    return await db.$transaction(
      async (tx): Promise<LearnerRun> => {
        const planned = await planLearnerImport(tx, id, opened.pkg);
        if ("error" in planned) return { ok: false, error: planned.error };
        if (previewHash !== null && planned.plan.hash !== previewHash) throw new StalePreview();
        const stats = await writeLearnerImport(tx, id, planned, options.now ?? new Date());
        return { ok: true, plan: planned.plan, stats };
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof StalePreview)
      return {
        ok: false,
        error: "your cards changed since the preview; preview again before importing",
      };
    throw error;
  }
}

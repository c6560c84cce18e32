/**
 * The Anki imports against a given database client, without sessions, so the CLI (which runs as the
 * operator) and the routes (./index.ts, which check the user first) share them: read the package,
 * plan inside a transaction, write only when the plan is still the one previewed. Errors are values.
 */
import type { PrismaClient } from "../../../generated/prisma/client";
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
export type LearnerPreview = { ok: true; plan: LearnerPlan } | { ok: false; error: string };
export type LearnerRun =
  { ok: true; plan: LearnerPlan; stats: LearnerWriteStats } | { ok: false; error: string };

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

class StalePreview extends Error {}

const asValue = (error: unknown, stale: string): { ok: false; error: string } => {
  if (error instanceof StalePreview) return { ok: false, error: stale };
  if (error instanceof PackageError) return { ok: false, error: error.message };
  throw error;
};

export async function previewPackage(
  client: PrismaClient,
  bytes: Uint8Array,
  request: AnkiImportRequest,
): Promise<AnkiPreview> {
  const opened = openPackage(bytes);
  if (!opened.ok) return opened;
  try {
    const planned = await client.$transaction((tx) => planAnkiImport(tx, opened.pkg, request));
    return "error" in planned
      ? { ok: false, error: planned.error }
      : { ok: true, plan: planned.plan };
  } catch (error) {
    return asValue(error, "");
  }
}

/** Writes the package's plan; `previewHash` null (the CLI) writes whatever the plan is now. */
export async function importPackage(
  client: PrismaClient,
  bytes: Uint8Array,
  request: AnkiImportRequest,
  previewHash: string | null,
  authorId: string | null,
): Promise<AnkiRun> {
  const opened = openPackage(bytes);
  if (!opened.ok) return opened;
  try {
    return await client.$transaction(
      async (tx): Promise<AnkiRun> => {
        const planned = await planAnkiImport(tx, opened.pkg, request);
        if ("error" in planned) return { ok: false, error: planned.error };
        if (previewHash !== null && planned.plan.hash !== previewHash) throw new StalePreview();
        const stats = await writeAnkiPlan(tx, planned, {
          authorId,
          publishNow: request.publishNow,
          fileName: request.fileName,
        });
        return { ok: true, plan: planned.plan, stats };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    return asValue(error, "the course changed since the preview; preview again before importing");
  }
}

export async function previewCollection(
  client: PrismaClient,
  bytes: Uint8Array,
  userId: string,
): Promise<LearnerPreview> {
  const opened = openPackage(bytes);
  if (!opened.ok) return opened;
  const planned = await client.$transaction((tx) => planLearnerImport(tx, userId, opened.pkg));
  return "error" in planned
    ? { ok: false, error: planned.error }
    : { ok: true, plan: planned.plan };
}

export async function importCollection(
  client: PrismaClient,
  bytes: Uint8Array,
  previewHash: string | null,
  userId: string,
  now: Date = new Date(),
): Promise<LearnerRun> {
  const opened = openPackage(bytes);
  if (!opened.ok) return opened;
  try {
    return await client.$transaction(
      async (tx): Promise<LearnerRun> => {
        const planned = await planLearnerImport(tx, userId, opened.pkg);
        if ("error" in planned) return { ok: false, error: planned.error };
        if (previewHash !== null && planned.plan.hash !== previewHash) throw new StalePreview();
        const stats = await writeLearnerImport(tx, userId, planned, now);
        return { ok: true, plan: planned.plan, stats };
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
  } catch (error) {
    return asValue(error, "your cards changed since the preview; preview again before importing");
  }
}

/**
 * Browser import, for instructors: `previewImport` says what an upload would create or update
 * and flags duplicates, writing nothing; `runImport` writes that same plan in one transaction.
 * Both check the user first and return errors as values.
 */
import "server-only";
import { requireUser } from "../../auth/session";
import { db } from "../../db";
import { parseUpload } from "./parse";
import { plainIssue } from "../../format/zod-issue";
import { countByStatus, planImport, type ImportPlan } from "./plan";
import { importInputSchema, type ImportRequest } from "./target";
import type { ParsedUpload } from "./types";
import { writePlan, type WriteStats } from "./write";

export type PreviewResult =
  | {
      ok: true;
      plan: ImportPlan;
      format: ParsedUpload["format"];
      warnings: string[];
      /** Term lists: the layout read, whether the reader is sure, and the other readings. */
      layout: ParsedUpload["layout"] | null;
      counts: {
        questions: ReturnType<typeof countByStatus>;
        flashcards: ReturnType<typeof countByStatus>;
      };
    }
  | { ok: false; error: string };

export type RunResult =
  | { ok: true; stats: WriteStats; lessonSlug: string; courseSlug: string }
  | { ok: false; error: string };

function readRequest(
  input: unknown,
): { ok: true; request: ImportRequest; upload: ParsedUpload } | { ok: false; error: string } {
  const parsed = importInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${issue.path.join(".") || "form"}: ${plainIssue(issue, input)}` };
  }
  const request = parsed.data;
  const upload = parseUpload({
    text: request.text,
    format: request.format,
    separators: { term: request.termSeparator, card: request.cardSeparator },
    layout: request.layout,
  });
  return upload.ok ? { ok: true, request, upload: upload.upload } : upload;
}

export async function previewImport(input: unknown): Promise<PreviewResult> {
  await requireUser(["INSTRUCTOR", "ADMIN"]);
  const read = readRequest(input);
  if (!read.ok) return read;
  const result = await db.$transaction((tx) => planImport(tx, read.request, read.upload));
  if (!result.ok) return result;
  const { plan } = result;
  return {
    ok: true,
    plan,
    format: read.upload.format,
    warnings: read.upload.warnings,
    layout: read.upload.layout ?? null,
    counts: {
      questions: countByStatus(plan.questions),
      flashcards: countByStatus(plan.flashcards),
    },
  };
}

class StalePreview extends Error {}

/** `previewHash` is the preview's plan hash: if the data changed since, nothing is written. */
export async function runImport(input: unknown, previewHash: string): Promise<RunResult> {
  const user = await requireUser(["INSTRUCTOR", "ADMIN"]);
  const read = readRequest(input);
  if (!read.ok) return read;
  const { request, upload } = read;
  try {
    return await db.$transaction(
      async (tx): Promise<RunResult> => {
        const result = await planImport(tx, request, upload);
        if (!result.ok) return result;
        if (result.plan.hash !== previewHash) throw new StalePreview();
        const stats = await writePlan(tx, result.plan, upload, {
          authorId: user.id,
          publishNow: request.publishNow,
          fileName: request.fileName,
        });
        return {
          ok: true,
          stats,
          lessonSlug: result.plan.lesson.slug,
          courseSlug: result.plan.course.slug,
        };
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof StalePreview)
      return {
        ok: false,
        error: "the course changed since the preview; preview again before importing",
      };
    throw error;
  }
}

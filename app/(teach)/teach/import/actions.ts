"use server";

import { revalidatePath } from "next/cache";
import { AuthError } from "@/lib/auth/session";
import {
  previewImport,
  runImport,
  type PreviewResult,
  type RunResult,
} from "@/lib/transfer/import/index";
import type { ImportInput } from "@/lib/transfer/import/target";

/** Errors come back as values, including a refused role, so the form can say what happened. */
async function asValue<T>(work: () => Promise<T>): Promise<T | { ok: false; error: string }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, error: error.message };
    throw error;
  }
}

export async function previewImportAction(input: ImportInput): Promise<PreviewResult> {
  return asValue(() => previewImport(input));
}

export async function runImportAction(input: ImportInput, previewHash: string): Promise<RunResult> {
  const result = await asValue(() => runImport(input, previewHash));
  if (result.ok) revalidatePath("/teach", "layout");
  return result;
}

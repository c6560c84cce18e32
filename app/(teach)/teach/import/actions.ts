"use server";

import { revalidatePath } from "next/cache";
import { AuthError } from "@/lib/auth/session";
import { requireAuthor } from "@/lib/authoring/gate";
import {
  previewImport,
  runImport,
  type PreviewResult,
  type RunResult,
} from "@/lib/transfer/import/index";
import { parseImportForm } from "@/lib/transfer/import/form";
import { formValues, invalid, type FormState } from "@/lib/validations/form-state";

export type ImportFormState = FormState & {
  /** After "Preview": what the import would do (nothing written yet). */
  preview?: Extract<PreviewResult, { ok: true }>;
  /** After "Import": what was written. */
  done?: Extract<RunResult, { ok: true }>;
};

/** One action for the form's two buttons: `intent` says which was pressed (decision 0014). */
export async function importFormAction(
  _previous: ImportFormState,
  form: FormData,
): Promise<ImportFormState> {
  try {
    // The role first: a signed-out caller learns nothing about what it sent.
    await requireAuthor();
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, message: error.message };
    throw error;
  }
  const values = formValues(form);
  const parsed = parseImportForm(values);
  if (!parsed.ok)
    return invalid(parsed.error, values, "Nothing was imported: fix the fields marked below.");
  if (values.intent === "import") {
    const result = await runImport(parsed.input, values.previewHash ?? "");
    if (!result.ok) return { ok: false, message: `Nothing was imported: ${result.error}.`, values };
    revalidatePath("/teach", "layout");
    const { created, updated, skipped } = result.stats;
    return {
      ok: true,
      message: `Imported into lesson “${result.lessonSlug}”: ${created} created, ${updated} updated, ${skipped} skipped.`,
      done: result,
    };
  }
  const preview = await previewImport(parsed.input);
  if (!preview.ok)
    return {
      ok: false,
      message: `Nothing was imported: ${preview.error}.`,
      fieldErrors: { text: [preview.error] },
      values,
    };
  return { ok: true, preview, values };
}

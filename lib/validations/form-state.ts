/**
 * The one answer every form's server action returns (decision 0014): `ok`, a sentence for the
 * form's live region, and the errors by field. Field errors are always a list per field, keyed by
 * the field's name: what `z.flattenError` gives for a flat schema; a nested schema's keys keep their
 * path with dots ("options.1.text").
 */
import { z } from "zod";

export type FieldErrors = Record<string, string[] | undefined>;

export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  /** What was typed, so a refused form can show it again (React resets a form after its action). */
  values?: Record<string, string>;
}

/** Before the first submit: nothing to say yet. */
export const initialFormState: FormState = { ok: false };

/** A form's text fields as a plain object for `schema.safeParse` (React's `$ACTION_…` keys left out). */
export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of form.entries())
    if (typeof value === "string" && !name.startsWith("$")) out[name] = value;
  return out;
}

/** The errors by field: `z.flattenError`'s, with nested paths joined by dots instead of cut at the first. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  if (error.issues.every((issue) => issue.path.length <= 1))
    return z.flattenError(error).fieldErrors;
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    if (issue.path.length === 0) continue;
    (out[issue.path.map(String).join(".")] ??= []).push(issue.message);
  }
  return out;
}

/** A refused form: the schema's errors by field, its form-level errors (if any) as the message. */
export function invalid(
  error: z.ZodError,
  values?: Record<string, string>,
  message = "Check the highlighted fields.",
): FormState {
  const formErrors = z.flattenError(error).formErrors;
  return {
    ok: false,
    message: formErrors.length ? formErrors.join(" ") : message,
    fieldErrors: fieldErrorsOf(error),
    values,
  };
}

/** The first error at this field or inside it ("options" shows "1.text: …" from "options.1.text"). */
export function errorAt(errors: FieldErrors | undefined, name: string): string | undefined {
  if (!errors) return undefined;
  const own = errors[name]?.[0];
  if (own) return own;
  const key = Object.keys(errors).find((k) => k.startsWith(`${name}.`) && errors[k]?.length);
  return key ? `${key.slice(name.length + 1)}: ${errors[key]![0]}` : undefined;
}

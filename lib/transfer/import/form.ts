/**
 * The /teach/import form's fields (flat, as FormData sends them) turned into an import request,
 * with each refusal keyed by the field the instructor fixes (decision 0014).
 */
import { z } from "zod";
import { importInputSchema, type ImportInput, type ImportRequest } from "./target";

/** The names the form's inputs carry. */
export const importFields = [
  "text",
  "fileName",
  "format",
  "termSeparator",
  "cardSeparator",
  "layout",
  "courseSlug",
  "lessonMode",
  "lessonSlug",
  "lessonTitle",
  "existingLesson",
  "publishNow",
] as const;
export type ImportField = (typeof importFields)[number];

const optional = (v: string | undefined) => (v ? v : undefined);

/** FormData's strings → the request `importInputSchema` checks (a checkbox sends "on"). */
export function importInputFromForm(values: Record<string, string>): ImportInput {
  const existing = values.lessonMode === "existing";
  return {
    text: values.text ?? "",
    fileName: optional(values.fileName),
    format: (optional(values.format) ?? "auto") as ImportInput["format"],
    termSeparator: optional(values.termSeparator),
    cardSeparator: optional(values.cardSeparator),
    layout: optional(values.layout) as ImportInput["layout"],
    courseSlug: values.courseSlug ?? "",
    publishNow: values.publishNow === "on" || values.publishNow === "true",
    lesson: existing
      ? { mode: "existing", slug: values.existingLesson ?? "" }
      : { mode: "new", slug: values.lessonSlug ?? "", title: values.lessonTitle ?? "" },
  };
}

/** `lesson.slug` is the new lesson's slug field or the existing-lesson picker, by the mode chosen. */
function fieldOf(path: PropertyKey[], existing: boolean): ImportField {
  const [head, tail] = path.map(String);
  if (head === "lesson" && tail === "title") return "lessonTitle";
  if (head === "lesson") return existing ? "existingLesson" : "lessonSlug";
  return (importFields as readonly string[]).includes(head ?? "") ? (head as ImportField) : "text";
}

export type ImportFormParse =
  { ok: true; input: ImportInput; request: ImportRequest } | { ok: false; error: z.ZodError };

export function parseImportForm(values: Record<string, string>): ImportFormParse {
  const input = importInputFromForm(values);
  const parsed = importInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, input, request: parsed.data };
  const existing = values.lessonMode === "existing";
  // Same messages, keyed by the form's field names so each shows under its own input.
  const issues = parsed.error.issues.map((issue) => ({
    ...issue,
    path: [fieldOf(issue.path, existing)],
  }));
  return { ok: false, error: new z.ZodError(issues) };
}

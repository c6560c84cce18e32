/**
 * Downloads for instructors: the JSON export, CSV/TSV tables, the content files as a zip, and an
 * Anki package. Checks the role first; a bad query or an unknown course is a value, not a throw.
 */
import "server-only";
import { z } from "zod";
import { requireUser } from "../auth/session";
import { db } from "../db";
import { exportContent } from "../content/export";
import type { ContentExport } from "../content/export-schema";
import { slugSchema } from "../content/schema";
import { writeApkg } from "./apkg/index";
import { toTable } from "./csv";
import { contentZip } from "./zip";

export const exportFormats = ["json", "csv", "tsv", "content", "apkg"] as const;

export const exportQuerySchema = z.strictObject({
  format: z.enum(exportFormats, { error: `format must be one of ${exportFormats.join(", ")}` }),
  course: slugSchema.optional(),
  /** CSV/TSV hold one table: flashcards (default) or questions. */
  items: z.enum(["flashcards", "questions"]).default("flashcards"),
});

export interface Download {
  body: Uint8Array | string;
  contentType: string;
  fileName: string;
}
export type DownloadResult =
  { ok: true; download: Download } | { ok: false; status: 400 | 404; error: string };

async function courseData(course?: string): Promise<ContentExport | null> {
  const all = await exportContent(db);
  if (!course) return all;
  const courses = all.courses.filter((c) => c.slug === course);
  return courses.length ? { courses } : null;
}

export async function exportDownload(query: unknown): Promise<DownloadResult> {
  await requireUser(["INSTRUCTOR", "ADMIN"]);
  const parsed = exportQuerySchema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      status: 400,
      error: `${issue.path.join(".") || "query"}: ${issue.message}`,
    };
  }
  const { format, course, items } = parsed.data;
  const data = await courseData(course);
  if (!data) return { ok: false, status: 404, error: `no course "${course}"` };
  const base = course ?? "recall-lab";
  switch (format) {
    case "json":
      return {
        ok: true,
        download: {
          body: `${JSON.stringify(data, null, 2)}\n`,
          contentType: "application/json; charset=utf-8",
          fileName: `${base}.json`,
        },
      };
    case "csv":
    case "tsv": {
      const body = toTable(data, items, format === "csv" ? "," : "\t");
      return {
        ok: true,
        download: {
          body,
          contentType: `text/${format === "csv" ? "csv" : "tab-separated-values"}; charset=utf-8`,
          fileName: `${base}-${items}.${format}`,
        },
      };
    }
    case "content":
      return {
        ok: true,
        download: {
          body: contentZip(data),
          contentType: "application/zip",
          fileName: `${base}-content.zip`,
        },
      };
    case "apkg": {
      const deck = data.courses.length === 1 ? data.courses[0]!.title : "Recall Lab";
      return {
        ok: true,
        download: {
          body: await writeApkg(data, deck),
          contentType: "application/octet-stream",
          fileName: `${base}.apkg`,
        },
      };
    }
  }
}

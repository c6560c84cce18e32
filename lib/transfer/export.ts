/**
 * Downloads for instructors: the JSON export, CSV/TSV tables, the content files as a zip, and an
 * Anki package (published items only). Checks the role first; a bad query or an unknown course is a
 * value, not a throw. Any signed-in learner can download their own progress as an Anki package.
 */
import "server-only";
import { z } from "zod";
import { requireUser } from "../auth/session";
import { db } from "../db";
import { exportContent } from "../content/export";
import type { ContentExport } from "../content/export-schema";
import { slugSchema } from "../content/schema";
import { plainIssue } from "../format/zod-issue";
import { getStudySettings } from "../srs/study-settings";
import { writeApkg } from "./apkg/index";
import { learnerProgress } from "./apkg/progress";
import { deckCourses } from "./apkg/source";
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
      error: `${issue.path.join(".") || "query"}: ${plainIssue(issue, query)}`,
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
    case "apkg":
      return {
        ok: true,
        download: {
          body: await writeApkg(await deckCourses({ course })),
          contentType: "application/octet-stream",
          fileName: `${base}.apkg`,
        },
      };
  }
}

/** The signed-in learner's own progress: every published course, their card states and revlog. */
export async function progressDownload(now = new Date()): Promise<Download> {
  const user = await requireUser();
  const settings = await getStudySettings(user);
  const progress = await learnerProgress(user.id, settings, now);
  return {
    body: await writeApkg(await deckCourses({ publishedOnly: true }), { now, progress }),
    contentType: "application/octet-stream",
    fileName: `recall-lab-progress-${now.toISOString().slice(0, 10)}.apkg`,
  };
}

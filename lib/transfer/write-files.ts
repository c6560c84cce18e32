/**
 * `npm run content:export-files -- <dir>`: the database as content files under <dir>/courses,
 * with the same writer as the zip. A non-empty <dir> is refused unless `force`, which replaces
 * <dir>/courses wholesale so items deleted in the browser vanish from the files too.
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ContentExport } from "../content/export-schema";
import { contentFiles } from "./content-files";

export type WriteFilesResult = { ok: true; files: number } | { ok: false; error: string };

export async function writeContentFiles(
  data: ContentExport,
  dir: string,
  force: boolean,
): Promise<WriteFilesResult> {
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0 && !force)
    return {
      ok: false,
      error: `${dir} is not empty; pass --force to replace ${path.join(dir, "courses")}`,
    };
  await rm(path.join(dir, "courses"), { recursive: true, force: true });
  const files = Object.entries(contentFiles(data));
  for (const [rel, text] of files) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text, "utf8");
  }
  return { ok: true, files: files.length };
}

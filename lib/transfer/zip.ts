/** The content-file format as one download: a zip of content/courses/<slug>/… (fflate, in memory). */
import { strToU8, zipSync } from "fflate";
import type { ContentExport } from "../content/export-schema";
import { contentFiles } from "./content-files";

export function contentZip(data: ContentExport): Uint8Array {
  const entries = Object.entries(contentFiles(data)).map(
    ([file, text]) => [`content/${file}`, strToU8(text)] as const,
  );
  return zipSync(Object.fromEntries(entries), { level: 6 });
}

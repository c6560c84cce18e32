/**
 * POST /api/import/anki: an instructor's Anki package ({ action, file: base64, fileName, courseSlug?,
 * mode, publishNow, hash }). "preview" plans and writes nothing; "import" writes the previewed plan
 * (refused if the data changed since: preview again). Bad packages get a 422 naming the problem.
 */
import { importAnkiPackage, previewAnkiPackage } from "@/lib/transfer/import/anki-package/index";
import { instructorUploadSchema } from "@/lib/transfer/import/anki-package/request";
import type { z } from "zod";
import { packageRoute } from "../package-route";

type Upload = z.infer<typeof instructorUploadSchema>;
/** What the instructor chose (course, mode, publish), without the file and the action. */
const choices = ({ action: _action, file: _file, hash: _hash, ...rest }: Upload) => rest;

export const POST = packageRoute({
  schema: instructorUploadSchema,
  preview: (bytes, upload) => previewAnkiPackage(bytes, choices(upload)),
  import: (bytes, upload, hash) => importAnkiPackage(bytes, choices(upload), hash),
  previewFirst: "preview the package first",
});

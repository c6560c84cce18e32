/**
 * POST /api/import/anki-collection: the signed-in learner's own Anki collection or deck with its
 * reviews ({ action, file: base64, hash }). "preview" says what would come in, writing nothing;
 * "import" writes the previewed plan into their account only.
 */
import {
  importLearnerCollection,
  previewLearnerCollection,
} from "@/lib/transfer/import/anki-package/index";
import { learnerUploadSchema } from "@/lib/transfer/import/anki-package/request";
import { packageRoute } from "../package-route";

export const POST = packageRoute({
  schema: learnerUploadSchema,
  preview: (bytes) => previewLearnerCollection(bytes),
  import: (bytes, _upload, hash) => importLearnerCollection(bytes, hash),
  previewFirst: "preview the collection first",
});

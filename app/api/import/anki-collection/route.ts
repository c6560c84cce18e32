/**
 * POST /api/import/anki-collection: the signed-in learner's own Anki collection or deck with its
 * reviews ({ action, file: base64, hash }). "preview" says what would come in, writing nothing;
 * "import" writes the previewed plan into their account only.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import { AuthError } from "@/lib/auth/session";
import { refuseUnsafeRequest } from "@/lib/http/request-guard";
import {
  importLearnerCollection,
  previewLearnerCollection,
} from "@/lib/transfer/import/anki-package/index";
import {
  decodePackage,
  learnerUploadSchema,
  tooLarge,
} from "@/lib/transfer/import/anki-package/request";

const fail = (status: number, error: string, fieldErrors?: Record<string, string[] | undefined>) =>
  NextResponse.json({ ok: false, error, fieldErrors }, { status });

export async function POST(request: Request): Promise<Response> {
  const refused = refuseUnsafeRequest(request);
  if (refused) return refused;
  if (tooLarge(request))
    return fail(413, "The upload is over 64 MB; export fewer decks at a time.");
  try {
    const body: unknown = await request.json().catch(() => undefined);
    if (body === undefined) return fail(400, "Send a JSON body.");
    const parsed = learnerUploadSchema.safeParse(body);
    if (!parsed.success)
      return fail(
        400,
        parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
        z.flattenError(parsed.error).fieldErrors,
      );
    const bytes = decodePackage(parsed.data.file);
    if (parsed.data.action === "preview") {
      const preview = await previewLearnerCollection(bytes);
      return preview.ok ? NextResponse.json(preview) : fail(422, preview.error);
    }
    if (!parsed.data.hash) return fail(400, "hash: preview the collection first, then import.");
    const run = await importLearnerCollection(bytes, parsed.data.hash);
    return run.ok ? NextResponse.json(run) : fail(409, run.error);
  } catch (e) {
    if (e instanceof AuthError) return fail(e.status, e.message);
    throw e;
  }
}

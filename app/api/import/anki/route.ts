/**
 * POST /api/import/anki: an instructor's Anki package ({ action, file: base64, fileName, courseSlug?,
 * mode, publishNow, hash }). "preview" plans and writes nothing; "import" writes the previewed plan
 * (refused if the data changed since: preview again). Bad packages get a 422 naming the problem.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import { AuthError } from "@/lib/auth/session";
import { refuseUnsafeRequest } from "@/lib/http/request-guard";
import { importAnkiPackage, previewAnkiPackage } from "@/lib/transfer/import/anki-package/index";
import {
  decodePackage,
  instructorUploadSchema,
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
    const parsed = instructorUploadSchema.safeParse(body);
    if (!parsed.success)
      return fail(
        400,
        parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
        z.flattenError(parsed.error).fieldErrors,
      );
    const { action, file, hash, ...rest } = parsed.data;
    const input = { ...rest, courseSlug: rest.courseSlug };
    const bytes = decodePackage(file);
    if (action === "preview") {
      const preview = await previewAnkiPackage(bytes, input);
      return preview.ok ? NextResponse.json(preview) : fail(422, preview.error);
    }
    if (!hash) return fail(400, "hash: preview the package first, then import.");
    const run = await importAnkiPackage(bytes, input, hash);
    return run.ok ? NextResponse.json(run) : fail(409, run.error);
  } catch (e) {
    if (e instanceof AuthError) return fail(e.status, e.message);
    throw e;
  }
}

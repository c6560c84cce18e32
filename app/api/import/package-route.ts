/**
 * What both Anki upload routes do (POST /api/import/anki, /api/import/anki-collection): refuse a
 * foreign site and an oversized body, read the JSON and check it with the route's schema (400 naming
 * the fields), decode the package, then "preview" (writes nothing; 422 naming the problem) or
 * "import" of the previewed plan (needs its hash; 409 if the data changed since). A signed-out or
 * unauthorised caller gets the AuthError's status.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import { AuthError } from "@/lib/auth/session";
import { refuseUnsafeRequest } from "@/lib/http/request-guard";
import { decodePackage, tooLarge } from "@/lib/transfer/import/anki-package/request";

type Outcome = { ok: true } | { ok: false; error: string };
type Upload = { action: "preview" | "import"; file: string; hash?: string };

const fail = (status: number, error: string, fieldErrors?: Record<string, string[] | undefined>) =>
  NextResponse.json({ ok: false, error, fieldErrors }, { status });

export function packageRoute<T extends Upload>(options: {
  schema: z.ZodType<T>;
  preview: (bytes: Uint8Array, upload: T) => Promise<Outcome>;
  import: (bytes: Uint8Array, upload: T, hash: string) => Promise<Outcome>;
  /** What to do first when an import comes without the preview's hash. */
  previewFirst: string;
}) {
  return async function POST(request: Request): Promise<Response> {
    const refused = refuseUnsafeRequest(request);
    if (refused) return refused;
    if (tooLarge(request))
      return fail(413, "The upload is over 64 MB; export fewer decks at a time.");
    try {
      const body: unknown = await request.json().catch(() => undefined);
      if (body === undefined) return fail(400, "Send a JSON body.");
      const parsed = options.schema.safeParse(body);
      if (!parsed.success)
        return fail(
          400,
          parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
          z.flattenError(parsed.error).fieldErrors,
        );
      const upload = parsed.data;
      const bytes = decodePackage(upload.file);
      if (upload.action === "preview") {
        const preview = await options.preview(bytes, upload);
        return preview.ok ? NextResponse.json(preview) : fail(422, preview.error);
      }
      if (!upload.hash) return fail(400, `hash: ${options.previewFirst}, then import.`);
      const run = await options.import(bytes, upload, upload.hash);
      return run.ok ? NextResponse.json(run) : fail(409, run.error);
    } catch (e) {
      if (e instanceof AuthError) return fail(e.status, e.message);
      throw e;
    }
  };
}

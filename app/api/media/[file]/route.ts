/**
 * GET /api/media/<sha256>.<ext>: an image or sound from an imported Anki package, for signed-in users.
 * The type is the one stored at import (from the file's extension, never sniffed); the file can't run
 * script even when opened on its own (sandboxed, nosniff); the name is its content, so it is cached.
 */
import { AuthError, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { refuseUnsafeRequest } from "@/lib/http/request-guard";

const NAME = /^([a-f0-9]{64})\.[a-z0-9]{1,5}$/;

export async function GET(
  request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const refused = refuseUnsafeRequest(request);
  if (refused) return refused;
  try {
    await requireUser();
    const match = NAME.exec((await params).file);
    const row = match ? await db.mediaFile.findUnique({ where: { hash: match[1] } }) : null;
    if (!row) return Response.json({ ok: false, error: "No such media file." }, { status: 404 });
    return new Response(Buffer.from(row.data), {
      headers: {
        "content-type": row.contentType,
        "content-length": String(row.size),
        "cache-control": "private, max-age=31536000, immutable",
        "content-security-policy": "default-src 'none'; sandbox",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    if (e instanceof AuthError)
      return Response.json({ ok: false, error: e.message }, { status: e.status });
    throw e;
  }
}

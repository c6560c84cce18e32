/** GET /api/export/progress: the signed-in learner's own cards, schedule and reviews as an Anki .apkg. */
import { AuthError } from "@/lib/auth/session";
import { refuseUnsafeRequest } from "@/lib/http/request-guard";
import { progressDownload } from "@/lib/transfer/export";

export async function GET(request: Request): Promise<Response> {
  const refused = refuseUnsafeRequest(request);
  if (refused) return refused;
  try {
    const { body, contentType, fileName } = await progressDownload();
    return new Response(Buffer.from(body), {
      headers: {
        "content-type": contentType,
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AuthError)
      return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}

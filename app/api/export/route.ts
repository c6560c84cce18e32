/** GET /api/export?format=json|csv|tsv|content|apkg&course=slug[&items=flashcards|questions] (instructors). */
import { AuthError } from "@/lib/auth/session";
import { exportDownload } from "@/lib/transfer/export";
import { refuseUnsafeRequest } from "@/lib/http/request-guard";

export async function GET(request: Request): Promise<Response> {
  const refused = refuseUnsafeRequest(request);
  if (refused) return refused;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  try {
    const result = await exportDownload(query);
    if (!result.ok) return Response.json({ error: result.error }, { status: result.status });
    const { body, contentType, fileName } = result.download;
    return new Response(typeof body === "string" ? body : Buffer.from(body), {
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

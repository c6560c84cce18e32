/**
 * POST /api/sandbox/run: { exampleId } or { exampleId, files: { "client.py": "…" } } → the run's result.
 * Signed-in users only, 10 runs a minute each; bad JSON, unknown examples, extra or oversized files get a 4xx,
 * and a host without bubblewrap answers 503 saying what to install.
 */
import { NextResponse } from "next/server";
import { AuthError, requireUser } from "@/lib/auth/session";
import { MAX_BODY_BYTES, runRequestSchema } from "@/lib/sandbox/request";
import { runExample } from "@/lib/sandbox/runs";

const fail = (status: number, error: string) => NextResponse.json({ ok: false, error }, { status });

export async function POST(request: Request): Promise<Response> {
  try {
    const user = await requireUser();
    const text = await request.text();
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) return fail(413, "The request is too large.");
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return fail(400, "Send a JSON body like { \"exampleId\": \"tcp-uppercase\" }.");
    }
    const parsed = runRequestSchema.safeParse(body);
    if (!parsed.success) return fail(400, parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
    const outcome = await runExample(user, parsed.data, request.signal);
    return outcome.ok ? NextResponse.json({ ok: true, result: outcome.result }) : fail(outcome.status, outcome.error);
  } catch (e) {
    if (e instanceof AuthError) return fail(e.status, e.message);
    throw e;
  }
}

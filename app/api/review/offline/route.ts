/**
 * GET /api/review/offline[?course=slug]: the signed-in learner's offline review pack
 * (lib/offline/pack-schema.ts, versioned): their next days of due and new cards, rendered, with their
 * FSRS state, settings and parameters. The review page keeps it in IndexedDB to review offline.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import { AuthError, requireUser } from "@/lib/auth/session";
import { offlinePack } from "@/lib/offline/pack";

const querySchema = z.object({ course: z.string().trim().min(1).max(120).optional() });

export async function GET(request: Request): Promise<Response> {
  try {
    const user = await requireUser();
    const url = new URL(request.url);
    const query = querySchema.safeParse({ course: url.searchParams.get("course") ?? undefined });
    if (!query.success)
      return NextResponse.json(
        { ok: false, error: "course must be a course's slug (1–120 characters)." },
        { status: 400 },
      );
    const pack = await offlinePack(user, query.data.course);
    return NextResponse.json(pack, { headers: { "cache-control": "private, no-store" } });
  } catch (e) {
    if (e instanceof AuthError)
      return NextResponse.json({ ok: false, error: e.message }, { status: e.status });
    throw e;
  }
}

/**
 * POST /api/review/custom: one rating in a custom-study session ({ spec, itemRef, rating, requestId,
 * durationMs, next }) → the next card rendered; { action: "undo" } takes back the learner's last
 * action and returns the card it concerned. Same-site JSON only; bad input 400, a card outside the
 * session or not the learner's 404, a suspended one 409; nothing written on any refusal.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import { AuthError, requireUser } from "@/lib/auth/session";
import { refuseUnsafeRequest } from "@/lib/http/request-guard";
import { rateCustom } from "@/lib/srs/custom-study";
import { undoLast } from "@/lib/srs/review";
import { customRateSchema, customUndoSchema } from "@/lib/validations/custom-study";

const fail = (status: number, error: string, fieldErrors?: Record<string, string[] | undefined>) =>
  NextResponse.json({ ok: false, error, fieldErrors }, { status });

export async function POST(request: Request): Promise<Response> {
  const refused = refuseUnsafeRequest(request);
  if (refused) return refused;
  try {
    const user = await requireUser();
    const body: unknown = await request.json().catch(() => undefined);
    if (body === undefined) return fail(400, "Send a JSON body.");
    if (typeof body === "object" && body !== null && "action" in body) {
      const parsed = customUndoSchema.safeParse(body);
      if (!parsed.success)
        return fail(
          400,
          "That isn't a custom study action.",
          z.flattenError(parsed.error).fieldErrors,
        );
      const result = await undoLast(user);
      if (!result.ok) return fail(result.status, result.error);
      return NextResponse.json({ ok: true, card: result.review.card, undone: result.undone });
    }
    const parsed = customRateSchema.safeParse(body);
    if (!parsed.success)
      return fail(
        400,
        parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "),
        z.flattenError(parsed.error).fieldErrors,
      );
    const result = await rateCustom(user, parsed.data);
    return result.ok ? NextResponse.json(result) : fail(result.status, result.error);
  } catch (e) {
    if (e instanceof AuthError) return fail(e.status, e.message);
    throw e;
  }
}

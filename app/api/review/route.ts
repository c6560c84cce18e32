/**
 * POST /api/review: rate a card ({ itemRef, rating, requestId, durationMs }) and get the next one;
 * { action: "undo" }, { action: "reset", itemRef } and { action: "suspend" | "bury" | "unsuspend" |
 * "unbury", itemRef } for the session's other buttons (and the card list).
 * A rating made offline carries `reviewedAt` (lib/srs/replay.ts). GET /api/review[?course=slug]: the
 * session as it stands (the review page asks after syncing offline ratings).
 * Idempotent by requestId; bad input, unknown or foreign cards get a 4xx and write nothing.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import { AuthError, requireUser } from "@/lib/auth/session";
import { refuseUnsafeRequest } from "@/lib/http/request-guard";
import { refitAfterRating } from "@/lib/srs/optimizer/access";
import {
  flagCard,
  rateCard,
  resetCard,
  reviewState,
  undoLast,
  type ReviewResult,
} from "@/lib/srs/review";
import { rateRequestSchema, reviewActionSchema } from "@/lib/validations/srs";

const fail = (status: number, error: string, fieldErrors?: Record<string, string[] | undefined>) =>
  NextResponse.json({ ok: false, error, fieldErrors }, { status });
const reply = (result: ReviewResult) =>
  result.ok ? NextResponse.json(result) : fail(result.status, result.error);

export async function POST(request: Request): Promise<Response> {
  const refused = refuseUnsafeRequest(request);
  if (refused) return refused;
  try {
    const user = await requireUser();
    const body: unknown = await request.json().catch(() => undefined);
    if (body === undefined) return fail(400, "Send a JSON body.");
    if (typeof body === "object" && body !== null && "action" in body) {
      const action = reviewActionSchema.safeParse(body);
      if (!action.success)
        return fail(400, "That isn't a review action.", z.flattenError(action.error).fieldErrors);
      const { data } = action;
      return reply(
        data.action === "undo"
          ? await undoLast(user, data.courseSlug)
          : data.action === "reset"
            ? await resetCard(user, data.itemRef, data.courseSlug)
            : await flagCard(user, data.itemRef, data.action, data.courseSlug),
      );
    }
    const rating = rateRequestSchema.safeParse(body);
    if (!rating.success)
      return fail(
        400,
        rating.error.issues.map((i) => i.message).join("; "),
        z.flattenError(rating.error).fieldErrors,
      );
    const rated = await rateCard(user, rating.data);
    // Off the request path: the refit check runs once this answer is on its way.
    if (rated.ok) refitAfterRating(user);
    return reply(rated);
  } catch (e) {
    if (e instanceof AuthError) return fail(e.status, e.message);
    throw e;
  }
}

const courseQuery = z.string().trim().min(1).max(120).optional();

export async function GET(request: Request): Promise<Response> {
  try {
    const user = await requireUser();
    const course = courseQuery.safeParse(
      new URL(request.url).searchParams.get("course") ?? undefined,
    );
    if (!course.success) return fail(400, "course must be a course's slug (1–120 characters).");
    return NextResponse.json({ ok: true, review: await reviewState(user, course.data) });
  } catch (e) {
    if (e instanceof AuthError) return fail(e.status, e.message);
    throw e;
  }
}

/**
 * The checks every request that can write passes before it reaches a route handler or a server
 * action: it comes from this site, and (routes) its body is JSON. A page on another site, or on
 * another port of this host, can only send "simple" requests (form posts, text/plain fetches)
 * without a CORS preflight; refusing those and foreign Origins stops cross-site writes.
 * Decision record: docs/decisions/0010-http-boundary.md.
 */
import { isSameSiteRequest } from "./site";

/** Server actions' body limit (Next's default, set explicitly in next.config.ts from here). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

const fail = (status: number, error: string) => Response.json({ ok: false, error }, { status });

function isJson(request: Request): boolean {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json";
}

/**
 * For JSON route handlers: a 403 or 415 answer with a JSON `{ ok: false, error }`, or null when the
 * request may go on. Use as `return refuseUnsafeRequest(request) ?? handle(request)`.
 */
export function refuseUnsafeRequest(request: Request): Response | null {
  if (!isSameSiteRequest(request))
    return fail(403, "This request came from another site; send it from Recall Lab's own pages.");
  if (BODY_METHODS.has(request.method) && !isJson(request))
    return fail(415, "Send the body as JSON (Content-Type: application/json).");
  return null;
}

/** Next's client shows a text/plain body of a failed action as the error message (exact type). */
const refuseAction = (status: number, message: string) =>
  new Response(message, { status, headers: { "content-type": "text/plain" } });

/**
 * For POSTs to pages (server actions, with or without JavaScript), checked in proxy.ts because Next
 * answers a foreign Origin or an oversized body with a bare 500. Null when the request may go on.
 */
export function refuseUnsafeAction(request: Request): Response | null {
  if (request.method !== "POST") return null;
  if (!isSameSiteRequest(request))
    return refuseAction(403, "This form was sent from another site, so it was not run.");
  const length = request.headers.get("content-length");
  if (length === null && request.headers.has("transfer-encoding"))
    return refuseAction(411, "Send the form with a Content-Length.");
  if (Number(length) > ACTION_BODY_LIMIT_BYTES)
    return refuseAction(413, "The form is too large to send (the limit is 1 MB).");
  return null;
}

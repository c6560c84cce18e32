/**
 * Runs before every request except static files:
 * - refuses writes from other sites (and oversized server-action bodies) with a 4xx, not Next's 500;
 * - sets the Content-Security-Policy around a fresh nonce (Next reads it from the request header);
 * - bounces signed-out visitors from learner and instructor areas early. The real checks are in
 *   lib/auth/session.ts, on every page, action and route.
 * See docs/decisions/0010-http-boundary.md.
 */
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { authPagesPolicy, newNonce, pagePolicy } from "@/lib/http/csp";
import { refuseUnsafeAction, refuseUnsafeRequest } from "@/lib/http/request-guard";

const SIGNED_IN_AREAS = /^\/(courses|review|progress|settings|teach|admin)(\/|$)/;

function withPolicy(response: Response, policy: string): Response {
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // next-auth checks its own POSTs (CSRF token); its built-in pages have one inline <style>.
  if (pathname.startsWith("/api/auth/")) return withPolicy(NextResponse.next(), authPagesPolicy);

  const policy = pagePolicy({
    nonce: newNonce(),
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:" || !!env.NEXTAUTH_URL?.startsWith("https:"),
    imageHosts: env.MARKDOWN_IMAGE_HOSTS,
  });
  // Route handlers check this themselves too; here it also covers any route added later.
  const refused = pathname.startsWith("/api/")
    ? refuseUnsafeRequest(request)
    : refuseUnsafeAction(request);
  if (refused) return withPolicy(refused, policy);

  if (SIGNED_IN_AREAS.test(pathname) && !(await getToken({ req: request }))) {
    const url = new URL("/signin", request.url);
    url.searchParams.set("callbackUrl", pathname);
    return withPolicy(NextResponse.redirect(url), policy);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  return withPolicy(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

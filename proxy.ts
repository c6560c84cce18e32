/**
 * First line only: bounce signed-out visitors from learner and instructor areas early.
 * The real checks are in lib/auth/session.ts, on every page, action and route.
 */
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const url = new URL("/signin", request.url);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: [
    "/courses/:path*",
    "/review/:path*",
    "/progress/:path*",
    "/settings/:path*",
    "/teach/:path*",
    "/admin/:path*",
  ],
};

import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";

const handler = NextAuth(authOptions);
type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * GET /api/auth/session answers from the database (lib/auth/session.ts), not from the token alone:
 * a signed-out token gets `{}` and a changed role shows at once.
 */
async function GET(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "session") return handler(request, context);
  const user = await getCurrentUser();
  return Response.json(user ? { user } : {}, {
    headers: { "cache-control": "private, no-cache, no-store" },
  });
}

export { GET, handler as POST };

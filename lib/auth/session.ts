/**
 * The data-access layer's gate. Every page, action and route asks here who the user is; the
 * role is re-read from the database so a demotion or a disabled account takes effect at once.
 */
import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import { sqlOf } from "../db-raw";
import { Prisma } from "../generated/prisma/client";
import type { RoleName } from "../validations/auth";
import { authOptions } from "./options";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  role: RoleName;
}

export class AuthError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? "Sign in first." : "Your role does not allow this.");
  }
}

/**
 * Once per server render (React `cache`): the header and the page ask too, and share one session
 * decode and one read. Uncached in routes and actions. The read also checks the token's session is
 * still open (sign-out deletes it; lib/auth/signed-in.ts).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return readSignedInUser(session.user.id, session.user.sid);
});

/**
 * The user behind a session, or null when the account is gone or disabled, or the session was
 * signed out. `sid` is always there for real tokens (authOptions' session callback refuses others).
 */
export async function readSignedInUser(id: string, sid?: string): Promise<CurrentUser | null> {
  // Raw read (lib/db-raw.ts): every signed-in page and route asks this.
  const sql = await sqlOf(db);
  const open = sid
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "AuthSession" WHERE "id" = ${sid} AND "userId" = "User"."id" AND "expiresAt" > ${new Date()})`
    : Prisma.empty;
  const [user] = await sql.rows<CurrentUser & { disabled: boolean }>(
    Prisma.sql`SELECT "id", "email", "name", "role", "disabled" FROM "User" WHERE "id" = ${id} ${open}`,
  );
  if (!user || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** For routes and actions: throws AuthError(401|403). */
export async function requireUser(roles?: RoleName[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError(401);
  if (roles && !roles.includes(user.role)) throw new AuthError(403);
  return user;
}

/** For pages: redirects to sign-in when signed out, renders the 403 page for a wrong role. */
export async function requirePageUser(
  callbackPath: string,
  roles?: RoleName[],
): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}

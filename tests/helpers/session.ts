/**
 * Who next-auth's getServerSession says is signed in, for pages, actions and routes called
 * in-process: tests/helpers/setup.ts replaces only that one function (the rest of next-auth stays
 * real). A test signs someone in with `session.current = { user: { id, role } }`, out with null.
 */
import type { Session } from "next-auth";

export type TestSession = Session | { user: { id: string; role: string; sid?: string } };

export const session: { current: TestSession | null } = { current: null };

/** Signs the user in for in-process calls (as next-auth's session would say). */
export function signIn(user: { id: string; role: string }): void {
  session.current = { user: { id: user.id, role: user.role } };
}

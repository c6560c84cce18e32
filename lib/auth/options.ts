/**
 * next-auth v4 configuration: credentials sign-in, JWT sessions carrying the user's id, role and
 * session id. Pages and routes must still call the checks in lib/auth/session.ts: the JWT is only a claim.
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { db } from "../db";
import { env } from "../env";
import type { RoleName } from "../validations/auth";
import { safeCallbackPath } from "./callback-url";
import { clientAddress } from "./client-address";
import { checkCredentials } from "./credentials";
import { DEVICE_COOKIE, DEVICE_MAX_AGE_SECONDS } from "./device";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "./signed-in";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const jar = await cookies();
        const result = await checkCredentials(db, credentials, {
          address: clientAddress(req.headers ?? {}),
          deviceToken: jar.get(DEVICE_COOKIE)?.value,
        });
        if (result.ok) {
          // Remember this browser: its own sign-in budget next time (lib/auth/device.ts).
          if (result.deviceToken)
            jar.set(DEVICE_COOKIE, result.deviceToken, {
              httpOnly: true,
              sameSite: "lax",
              path: "/api/auth",
              maxAge: DEVICE_MAX_AGE_SECONDS,
              secure: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
            });
          return result.user;
        }
        // next-auth passes the thrown message to the client as `error`.
        throw new Error(
          result.error === "throttled" ? `throttled:${result.retryAfterSeconds}` : "invalid",
        );
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = user.role;
        token.sid = await startSession(db, user.id);
      }
      return token;
    },
    session({ session, token }) {
      // A token from before session ids can't be signed out: treat it as signed out now.
      if (!token.sid) return {} as typeof session;
      session.user = { ...session.user, id: token.id, role: token.role, sid: token.sid };
      return session;
    },
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackPath(url, baseUrl), baseUrl).href;
    },
  },
  events: {
    async signOut({ token }) {
      await endSession(db, token?.sid);
    },
  },
};

declare module "next-auth" {
  interface User {
    role: RoleName;
  }
  interface Session {
    user: {
      id: string;
      role: RoleName;
      /** The AuthSession row this token belongs to; absent only in tests that fake the session. */
      sid?: string;
      email?: string | null;
      name?: string | null;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id: string;
    role: RoleName;
    sid?: string;
  }
}

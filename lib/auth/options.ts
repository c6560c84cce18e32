/**
 * next-auth v4 configuration: credentials sign-in, JWT sessions carrying the user's id and role.
 * Pages and routes must still call the checks in lib/auth/session.ts: the JWT is only a claim.
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import type { RoleName } from "../validations/auth";
import { checkCredentials } from "./credentials";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        const result = await checkCredentials(db, credentials);
        if (result.ok) return result.user;
        // next-auth passes the thrown message to the client as `error`.
        throw new Error(
          result.error === "throttled" ? `throttled:${result.retryAfterSeconds}` : "invalid",
        );
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.id, role: token.role };
      return session;
    },
  },
};

declare module "next-auth" {
  interface User {
    role: RoleName;
  }
  interface Session {
    user: { id: string; role: RoleName; email?: string | null; name?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id: string;
    role: RoleName;
  }
}

import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { env } from "@/lib/env";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

/** This app's origin: NEXTAUTH_URL when set, else the host the request came to. */
async function ownOrigin() {
  if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin;
  const host = (await headers()).get("host") ?? "localhost";
  return `http://${host}`;
}

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const first = Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <SignInForm callbackUrl={safeCallbackPath(first, await ownOrigin())} />
      <p className="text-sm text-slate-700">
        New here?{" "}
        <Link href="/signup" className="font-medium text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}

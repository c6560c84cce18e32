"use client";
/**
 * Signs out through next-auth's own endpoint (its CSRF token, then POST /api/auth/signout, which
 * ends the server-side session), as next-auth/react's signOut does, without shipping that package
 * (about 30 kB of client code with its runtime helpers) in every page's header.
 */
export function SignOutButton() {
  const signOut = async () => {
    const { csrfToken } = (await fetch("/api/auth/csrf").then((r) => r.json())) as {
      csrfToken: string;
    };
    const res = await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/", json: "true" }),
    });
    const { url } = (await res.json().catch(() => ({}))) as { url?: string };
    window.location.href = url ?? "/";
  };
  return (
    <button
      type="button"
      onClick={() => void signOut()}
      className="rounded-md border border-slate-300 px-3 py-2 font-medium text-slate-800 hover:bg-slate-100"
    >
      Sign out
    </button>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { HeaderMenu } from "./header-menu";
import { SignOutButton } from "./sign-out-button";

/**
 * The header on every page. Its links are not prefetched: on load they cost each page a round of
 * RSC fetches and their parsing in its first seconds (bench:pages), for a click that may not come.
 */
export async function SiteHeader({ themeToggle }: { themeToggle?: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white print:hidden">
      <nav
        aria-label="Main"
        className="relative mx-auto flex max-w-5xl items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:flex-wrap sm:px-6"
      >
        <Link
          prefetch={false}
          href="/"
          className="flex items-center gap-2 whitespace-nowrap text-base font-semibold text-brand-800 sm:text-lg"
        >
          <span
            aria-hidden="true"
            className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-sm font-bold text-white"
          >
            RL
          </span>
          Recall Lab
        </Link>
        <HeaderMenu>
          {themeToggle}
          {user ? (
            <>
              <ul className="flex flex-wrap items-center gap-1">
                <li>
                  <Link
                    prefetch={false}
                    href="/review"
                    className="rounded-md px-2 py-2 font-medium text-slate-800 hover:bg-slate-100"
                  >
                    Review
                  </Link>
                </li>
                <li>
                  <Link
                    prefetch={false}
                    href="/progress"
                    className="rounded-md px-2 py-2 font-medium text-slate-800 hover:bg-slate-100"
                  >
                    Progress
                  </Link>
                </li>
                {user.role !== "LEARNER" && (
                  <li>
                    <Link
                      prefetch={false}
                      href="/teach"
                      className="rounded-md px-2 py-2 font-medium text-slate-800 hover:bg-slate-100"
                    >
                      Teach
                    </Link>
                  </li>
                )}
                <li>
                  <Link
                    prefetch={false}
                    href="/settings"
                    className="rounded-md px-2 py-2 font-medium text-slate-800 hover:bg-slate-100"
                  >
                    Settings
                  </Link>
                </li>
              </ul>
              <span className="hidden text-slate-700 sm:inline" data-testid="current-user">
                {user.name ?? user.email}{" "}
                <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                  {user.role.toLowerCase()}
                </span>
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link
                prefetch={false}
                href="/signin"
                className="rounded-md px-3 py-2 font-medium text-slate-800 hover:bg-slate-100"
              >
                Sign in
              </Link>
              <Link
                prefetch={false}
                href="/signup"
                className="rounded-md bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700"
              >
                Sign up
              </Link>
            </>
          )}
        </HeaderMenu>
      </nav>
    </header>
  );
}

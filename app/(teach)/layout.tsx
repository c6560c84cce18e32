import Link from "next/link";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { MoreMenu } from "./teach/_components/more-menu";

const linkClass =
  "inline-block rounded-md px-1.5 py-1.5 font-medium text-brand-800 hover:bg-brand-50 sm:px-2";

/** The instructor area's own navigation; each page still checks the role itself. */
export default async function TeachLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  // `short` is what a phone shows, and the lesser links sit under "More", so the bar stays one
  // row down to 320 px (tests/e2e/instructor-pages.test.ts).
  const links = [
    { href: "/teach", label: "Courses" },
    { href: "/teach/import", label: "Import" },
    { href: "/teach/analysis", label: "Item analysis", short: "Analysis" },
  ];
  const more = [
    { href: "/teach/export", label: "Export" },
    { href: "/teach/schedule", label: "Schedule parameters" },
    ...(user?.role === "ADMIN" ? [{ href: "/teach/users", label: "Users" }] : []),
  ];
  return (
    <div className="space-y-6">
      {user && user.role !== "LEARNER" && (
        <nav
          aria-label="Instructor"
          className="rounded-xl border border-slate-200 bg-white px-1.5 py-1.5 sm:px-3 sm:py-2"
        >
          <ul className="flex flex-nowrap gap-0.5 whitespace-nowrap text-sm sm:gap-1">
            {links.map((l) => (
              <li key={l.href}>
                <Link
                  href={l.href}
                  aria-label={l.short ? l.label : undefined}
                  className={linkClass}
                >
                  {l.short ? (
                    <>
                      <span className="sm:hidden">{l.short}</span>
                      <span className="hidden sm:inline">{l.label}</span>
                    </>
                  ) : (
                    l.label
                  )}
                </Link>
              </li>
            ))}
            <li className="ml-auto">
              <MoreMenu links={more} className={linkClass} />
            </li>
          </ul>
        </nav>
      )}
      {children}
    </div>
  );
}

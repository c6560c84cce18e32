import Link from "next/link";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/session";

/** The instructor area's own navigation; each page still checks the role itself. */
export default async function TeachLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const links = [
    { href: "/teach", label: "Courses" },
    { href: "/teach/import", label: "Import" },
    { href: "/teach/export", label: "Export" },
    { href: "/teach/analysis", label: "Item analysis" },
    ...(user?.role === "ADMIN" ? [{ href: "/teach/users", label: "Users" }] : []),
  ];
  return (
    <div className="space-y-6">
      {user && user.role !== "LEARNER" && (
        <nav
          aria-label="Instructor"
          className="rounded-xl border border-slate-200 bg-white px-3 py-2"
        >
          <ul className="flex flex-wrap gap-1 text-sm">
            {links.map((l) => (
              <li key={l.href}>
                <Link
                  href={l.href}
                  className="inline-block rounded-md px-2 py-1.5 font-medium text-brand-800 hover:bg-brand-50"
                >
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {children}
    </div>
  );
}

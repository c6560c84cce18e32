import Link from "next/link";
import type { ReactNode } from "react";

/** What not-found, forbidden and error pages show: what happened, and where to go instead. */
export function FailureMessage({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions: ReactNode;
}) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="max-w-2xl text-slate-700">{children}</p>
      <div className="flex flex-wrap items-center gap-4">{actions}</div>
    </div>
  );
}

export function FailureLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-brand-700 underline">
      {children}
    </Link>
  );
}

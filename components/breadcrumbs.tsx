import Link from "next/link";
import { ShortTitle } from "./short-title";

/** Where this page sits; long titles shortened (full on hover and for screen readers). */
export function Breadcrumbs({ items }: { items: Array<{ href?: string; label: string }> }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, i) => (
          <li key={item.label} className="flex min-w-0 max-w-full items-center gap-1">
            {i > 0 && <span aria-hidden="true">/</span>}
            {item.href ? (
              <Link
                href={item.href}
                // Not fetched ahead on load: a page's first seconds are its own (bench:pages).
                prefetch={false}
                className="min-w-0 max-w-[16rem] underline-offset-2 hover:underline"
              >
                <ShortTitle title={item.label} />
              </Link>
            ) : (
              <span aria-current="page" className="min-w-0 max-w-[16rem]">
                <ShortTitle title={item.label} />
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

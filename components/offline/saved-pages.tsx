"use client";

import { useEffect, useState } from "react";
import { OFFLINE_PATH, PAGES_CACHE } from "@/lib/pwa/cache-rules";

interface SavedPage {
  href: string;
  title: string;
}

const TITLE = /<title[^>]*>([\s\S]*?)<\/title>/i;

/** The pages the service worker has saved on this device, read straight from its cache. */
async function savedPages(): Promise<SavedPage[]> {
  if (!("caches" in window) || !(await caches.has(PAGES_CACHE))) return [];
  const cache = await caches.open(PAGES_CACHE);
  const pages: SavedPage[] = [];
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    if (url.origin !== location.origin || url.pathname === OFFLINE_PATH) continue;
    const html = (await (await cache.match(request))?.text()) ?? "";
    const raw = TITLE.exec(html)?.[1] ?? url.pathname;
    const title = new DOMParser().parseFromString(`<title>${raw}</title>`, "text/html").title;
    pages.push({ href: url.pathname + url.search, title: title || url.pathname });
  }
  return pages.sort((a, b) => a.title.localeCompare(b.title));
}

export function SavedPages() {
  const [pages, setPages] = useState<SavedPage[] | null>(null);
  useEffect(() => {
    savedPages().then(setPages, () => setPages([]));
  }, []);
  if (pages === null) return null;
  return (
    <section className="space-y-2" aria-labelledby="saved-pages">
      <h2 id="saved-pages" className="text-lg font-semibold">
        Saved on this device
      </h2>
      {pages.length === 0 ? (
        <p className="text-slate-700">No pages yet: the pages you open online are kept here.</p>
      ) : (
        <ul className="space-y-1" data-testid="saved-pages">
          {pages.map((p) => (
            // Plain links: a full page load, which the service worker answers from its cache.
            <li key={p.href}>
              <a className="text-brand-700 underline" href={p.href}>
                {p.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

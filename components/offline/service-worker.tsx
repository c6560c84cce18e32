"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { SW_SCOPE, SW_URL, type PageMessage, type WorkerMessage } from "@/lib/pwa/cache-rules";
// Listens for the browser's install prompt from the first page on (Settings offers it later).
import "./install-prompt";

async function tellWorker(message: WorkerMessage): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage(message);
}

/** One reload per page per quarter minute: a server that stays slow must not make a reload loop. */
function reloadOnce(href: string) {
  const key = `recall-lab:fresh-reload:${href}`;
  if (Date.now() - Number(sessionStorage.getItem(key) ?? 0) < 15_000) return;
  sessionStorage.setItem(key, String(Date.now()));
  location.reload();
}

/**
 * Registers the service worker (app/sw.ts) and keeps its saved pages current: a page reached by a
 * client-side navigation is saved as a whole page too, and a saved copy shown because the server
 * was slow is reloaded as soon as the fresh one has arrived.
 */
export function ServiceWorker() {
  const pathname = usePathname();

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker
      .register(SW_URL, { scope: SW_SCOPE, type: "module", updateViaCache: "none" })
      .catch((error: unknown) => console.warn("Service worker not registered:", error));
    const onMessage = (event: MessageEvent<PageMessage>) => {
      // A reload, not router.refresh(): client state hydrated from the old copy would survive a
      // refresh. The reload meets the copy just saved if the server is still slow.
      if (event.data?.type === "FRESH_COPY_READY" && event.data.url === location.href)
        reloadOnce(location.href);
    };
    navigator.serviceWorker.addEventListener("message", onMessage);
    if (navigator.serviceWorker.controller)
      void tellWorker({ type: "FRESH_COPY_PENDING", url: location.href });
    return () => navigator.serviceWorker.removeEventListener("message", onMessage);
  }, []);

  useEffect(() => {
    if ("serviceWorker" in navigator && navigator.onLine)
      void tellWorker({ type: "SAVE_PAGE", url: location.href });
  }, [pathname]);

  return null;
}

/// <reference lib="webworker" />
/**
 * The service worker, bundled by app/serwist/[path]/route.ts at build time. What it keeps and why:
 * docs/decisions/0017-offline.md. Pages are network-first (a saved copy only when the network fails
 * or stalls), build files and saved pages' images (/api/media only) cache-first; POSTs, the rest of
 * /api and auth are never touched.
 */
import {
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  Serwist,
  type PrecacheEntry,
  type SerwistGlobalConfig,
  type SerwistPlugin,
} from "serwist";
import {
  isAuthChange,
  isSavedPage,
  isSavedPageMedia,
  MAX_MEDIA_AGE_SECONDS,
  MAX_MEDIA_ENTRIES,
  MAX_MEDIA_FILE_BYTES,
  MAX_SAVED_PAGE_AGE_SECONDS,
  MAX_SAVED_PAGES,
  MEDIA_CACHE,
  mediaOverCap,
  NAVIGATION_TIMEOUT_SECONDS,
  OFFLINE_PATH,
  PAGES_CACHE,
  RESAVE_AFTER_MS,
  STATIC_CACHE,
  type PageMessage,
  type WorkerMessage,
} from "../lib/pwa/cache-rules";
import { OUTBOX_SYNC_TAG } from "../lib/offline/background-sync";
import { backgroundReplay } from "../lib/offline/sync";
import { lastResortOfflinePage } from "../lib/pwa/last-resort-page";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const sameOrigin = (url: URL) => url.origin === self.location.origin;
const isRsc = (request: Request) => request.headers.get("RSC") === "1";

/** Only a whole page of this origin is saved: no redirect, no error page, no RSC payload. */
const isWholePage = (response: Response) =>
  response.status === 200 &&
  response.type === "basic" &&
  !response.redirected &&
  (response.headers.get("content-type") ?? "").startsWith("text/html");
const onlyWholePages: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => (isWholePage(response) ? response : null),
};

/**
 * A saved copy shown because the server was slow gets replaced: the page asks (FRESH_COPY_PENDING)
 * and is told when the network's answer has landed, then refreshes itself.
 */
const freshCopies = new Map<
  string,
  { done: Promise<boolean>; resolve: (fresh: boolean) => void }
>();
const announceFreshCopies: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
    if (cachedResponse && !freshCopies.has(request.url)) {
      let resolve: (fresh: boolean) => void = () => {};
      const done = new Promise<boolean>((r) => (resolve = r));
      freshCopies.set(request.url, { done, resolve });
    }
    return cachedResponse;
  },
  cacheDidUpdate: async ({ request, event }) => {
    freshCopies.get(request.url)?.resolve(true);
    event.waitUntil(saveOfflinePage());
  },
  handlerDidComplete: async ({ request }) => freshCopies.get(request.url)?.resolve(false),
};

const offlineFallback: SerwistPlugin = {
  handlerDidError: async () =>
    (await caches.match(OFFLINE_PATH, { cacheName: PAGES_CACHE, ignoreVary: true })) ??
    lastResortOfflinePage(),
};

const pages = new NetworkFirst({
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: NAVIGATION_TIMEOUT_SECONDS,
  matchOptions: { ignoreVary: true },
  plugins: [
    onlyWholePages,
    announceFreshCopies,
    offlineFallback,
    new ExpirationPlugin({
      maxEntries: MAX_SAVED_PAGES,
      maxAgeSeconds: MAX_SAVED_PAGE_AGE_SECONDS,
    }),
  ],
});

/** Pages that are not saved still get the offline page instead of the browser's error. */
const pagesNeverSaved = new NetworkFirst({
  cacheName: PAGES_CACHE,
  plugins: [{ cacheWillUpdate: async () => null }, offlineFallback],
});

/**
 * Images of saved pages (/api/media, content-addressed, so a cached copy never goes stale):
 * cache-first, only whole images of this origin up to MAX_MEDIA_FILE_BYTES, the oldest dropped past
 * MAX_MEDIA_BYTES in all (and past MAX_MEDIA_ENTRIES or MAX_MEDIA_AGE_SECONDS).
 */
// Next drops a route's Content-Length (it may re-encode the body), so the kept copy says its size.
const BYTES_HEADER = "x-recall-lab-bytes";
const bytesOf = (response: Response) => Number(response.headers.get(BYTES_HEADER)) || 0;
const onlyWholeImages: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => {
    const whole =
      response.status === 200 &&
      response.type === "basic" &&
      (response.headers.get("content-type") ?? "").startsWith("image/");
    if (!whole) return null;
    const body = await response.clone().arrayBuffer();
    if (body.byteLength > MAX_MEDIA_FILE_BYTES) return null;
    const headers = new Headers(response.headers);
    headers.set(BYTES_HEADER, String(body.byteLength));
    return new Response(body, { status: 200, statusText: response.statusText, headers });
  },
};
const mediaSizeCap: SerwistPlugin = {
  cacheDidUpdate: async ({ cacheName }) => {
    const cache = await caches.open(cacheName);
    const entries = [];
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      entries.push({ url: request.url, bytes: response ? bytesOf(response) : 0 });
    }
    for (const url of mediaOverCap(entries)) await cache.delete(url);
  },
};
const media = new CacheFirst({
  cacheName: MEDIA_CACHE,
  plugins: [
    onlyWholeImages,
    new ExpirationPlugin({ maxEntries: MAX_MEDIA_ENTRIES, maxAgeSeconds: MAX_MEDIA_AGE_SECONDS }),
    mediaSizeCap,
  ],
});

async function saveOfflinePage(): Promise<void> {
  const cache = await caches.open(PAGES_CACHE);
  if (await cache.match(OFFLINE_PATH, { ignoreVary: true })) return;
  const response = await fetch(OFFLINE_PATH, { credentials: "same-origin" }).catch(() => null);
  if (response && isWholePage(response)) await cache.put(OFFLINE_PATH, response);
}

/** A page reached by a client-side navigation has no HTML in the cache yet: fetch it once. */
async function savePage(href: string, event: ExtendableEvent): Promise<void> {
  const url = new URL(href, self.location.origin);
  if (!sameOrigin(url) || !isSavedPage(url.pathname)) return;
  url.hash = "";
  const saved = await caches.match(url.href, { cacheName: PAGES_CACHE, ignoreVary: true });
  const savedAt = Date.parse(saved?.headers.get("date") ?? "");
  if (saved && Date.now() - savedAt < RESAVE_AFTER_MS) return;
  await pages.handle({ request: new Request(url.href, { credentials: "same-origin" }), event });
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ url, request }) =>
        sameOrigin(url) && request.mode === "navigate" && isSavedPage(url.pathname),
      handler: pages,
    },
    {
      matcher: ({ url, request }) => sameOrigin(url) && request.mode === "navigate",
      handler: pagesNeverSaved,
    },
    {
      // Client-side navigations and prefetches: straight to the network. Offline, an empty answer
      // (not an error: no console noise) makes Next's router load the whole page instead, which
      // the page routes above then serve.
      matcher: ({ url, request }) => sameOrigin(url) && isRsc(request),
      handler: ({ request }) => fetch(request).catch(() => new Response(null, { status: 204 })),
    },
    {
      matcher: ({ url, request }) => sameOrigin(url) && isSavedPageMedia(url, request),
      handler: media,
    },
    {
      matcher: ({ url }) => sameOrigin(url) && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: STATIC_CACHE,
        plugins: [new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 90 * 24 * 3600 })],
      }),
    },
  ],
});

// Whoever signs in or out on this browser must not see the last person's saved pages.
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (sameOrigin(url) && isAuthChange(url.pathname, event.request.method))
    event.waitUntil(Promise.all([caches.delete(PAGES_CACHE), caches.delete(MEDIA_CACHE)]));
});

self.addEventListener("install", (event) => event.waitUntil(saveOfflinePage()));

self.addEventListener("message", (event) => {
  const message = event.data as WorkerMessage | undefined;
  if (message?.type === "SAVE_PAGE") event.waitUntil(savePage(message.url, event));
  if (message?.type === "FRESH_COPY_PENDING") {
    const pending = freshCopies.get(message.url);
    if (!pending) return;
    event.waitUntil(
      pending.done.then((fresh) => {
        freshCopies.delete(message.url);
        const reply: PageMessage = { type: "FRESH_COPY_READY", url: message.url };
        if (fresh) event.source?.postMessage(reply);
      }),
    );
  }
});

// Background Sync: the review outbox replays from here, in order, under the pages' own lock
// (lib/offline/sync.ts), even with no review page open. A failed replay makes the browser retry.
type SyncEvent = ExtendableEvent & { tag: string; lastChance: boolean };
self.addEventListener("sync", (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === OUTBOX_SYNC_TAG) sync.waitUntil(backgroundReplay());
});

serwist.addEventListeners();

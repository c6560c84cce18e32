/**
 * What the service worker (app/sw.ts) may keep, shared with the pages that read its caches.
 * One browser profile, one origin: the caches belong to whoever signs in there, so they are
 * emptied whenever someone signs in or out (see app/sw.ts). docs/decisions/0017-offline.md.
 */

/** Where the service worker is served from (app/serwist/[path]/route.ts) and the scope it takes. */
export const SW_URL = "/serwist/sw.js";
export const SW_SCOPE = "/";

/** Pages the learner opened, as full HTML documents, for reading offline. */
export const PAGES_CACHE = "recall-lab-pages";
/** Content-hashed build files (/_next/static): never change under one name. */
export const STATIC_CACHE = "recall-lab-static";
/** The page shown for a navigation that has neither the network nor a saved copy. */
export const OFFLINE_PATH = "/offline";

/** How long a navigation waits for the server before a saved copy is shown (train tunnels). */
export const NAVIGATION_TIMEOUT_SECONDS = 4;
/** A page saved after a client-side navigation is saved again only when older than this. */
export const RESAVE_AFTER_MS = 5 * 60_000;
/** Saved pages kept, least recently saved first out. */
export const MAX_SAVED_PAGES = 300;
export const MAX_SAVED_PAGE_AGE_SECONDS = 30 * 24 * 3600;

/**
 * Pages worth reading offline, as a list of what is allowed: home, the course and lesson pages,
 * flashcards, progress, and the review page (its offline mode runs from IndexedDB inside this saved
 * shell). Everything else needs the server for what it is for (quizzes, Learn, Test, chat, Match's
 * best times, settings, Browse, the instructor area, sign-in) and gets the offline page, which says so.
 */
const SAVED = [
  /^\/$/,
  /^\/(progress|review)$/,
  /^\/courses\/[^/]+(\/progress)?$/,
  /^\/courses\/[^/]+\/lessons\/[^/]+(\/flashcards)?$/,
];

export function isSavedPage(pathname: string): boolean {
  return SAVED.some((re) => re.test(pathname));
}

/** Images the saved pages show from /api/media (imported Anki media, named by content hash). */
export const MEDIA_CACHE = "recall-lab-media";
/** At most this many images, this old (since fetched), this large each and this large together. */
export const MAX_MEDIA_ENTRIES = 300;
export const MAX_MEDIA_AGE_SECONDS = 30 * 24 * 3600;
export const MAX_MEDIA_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_MEDIA_BYTES = 30 * 1024 * 1024;

const MEDIA_PATH = /^\/api\/media\/[a-f0-9]{64}\.[a-z0-9]{1,5}$/;

/**
 * An image request worth keeping: /api/media/<sha256>.<ext> (never any other /api), asked for by a
 * page of this origin that is itself saved (`referrer`: the page's URL, Referrer-Policy same-origin).
 */
export function isSavedPageMedia(
  url: URL,
  request: { method: string; destination: string; referrer: string },
): boolean {
  if (request.method !== "GET" || request.destination !== "image") return false;
  if (!MEDIA_PATH.test(url.pathname)) return false;
  if (!request.referrer || request.referrer === "about:client") return false;
  const page = new URL(request.referrer);
  return page.origin === url.origin && isSavedPage(page.pathname);
}

/**
 * Which cached images to drop so the rest fit in `maxBytes`: the oldest first (`entries` in the
 * order they were cached, as Cache.keys() lists them).
 */
export function mediaOverCap(
  entries: readonly { url: string; bytes: number }[],
  maxBytes = MAX_MEDIA_BYTES,
): string[] {
  let total = entries.reduce((sum, e) => sum + e.bytes, 0);
  const drop: string[] = [];
  for (const e of entries) {
    if (total <= maxBytes) break;
    drop.push(e.url);
    total -= e.bytes;
  }
  return drop;
}

/** A sign-in or sign-out: the saved pages belong to someone else from here on. */
export function isAuthChange(pathname: string, method: string): boolean {
  return method === "POST" && /^\/api\/auth\/(callback|signout)(\/|$)/.test(pathname);
}

/** Messages between the pages and the worker. */
export type WorkerMessage =
  { type: "SAVE_PAGE"; url: string } | { type: "FRESH_COPY_PENDING"; url: string };
export type PageMessage = { type: "FRESH_COPY_READY"; url: string };

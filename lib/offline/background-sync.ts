/**
 * Background Sync for the outbox (docs/decisions/0017-offline.md): where the browser has it
 * (`registration.sync`, Chromium), a rating kept offline asks the service worker for a sync under
 * one tag, and the worker replays the outbox from its `sync` event (lib/offline/sync.ts
 * `backgroundReplay`) when the connection is back, even with no review page open. Elsewhere the
 * review page replays on load and on reconnect, as before.
 */

/** The one sync tag: the browser keeps at most one pending sync per tag, so many ratings make one sync. */
export const OUTBOX_SYNC_TAG = "recall-lab-outbox";

type WithSync = ServiceWorkerRegistration & {
  sync?: { register(tag: string): Promise<void> };
};

/** Asks for a background sync of the outbox; false where there is none (or no active worker yet). */
export async function requestBackgroundSync(): Promise<boolean> {
  if (typeof navigator === "undefined" || !navigator.serviceWorker) return false;
  try {
    const registration = (await navigator.serviceWorker.getRegistration()) as WithSync | undefined;
    if (!registration?.active || !registration.sync) return false;
    await registration.sync.register(OUTBOX_SYNC_TAG);
    return true;
  } catch {
    // Refused (no permission, a private window): the page's own replay on reconnect stays.
    return false;
  }
}

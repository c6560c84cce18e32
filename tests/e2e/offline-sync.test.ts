/**
 * Browser: Background Sync of the offline outbox (docs/decisions/0017-offline.md). A rating kept
 * offline registers a sync (tag "recall-lab-outbox"); the service worker replays the outbox from its
 * `sync` event through POST /api/review with the same requestIds, under the same Web Lock as the
 * pages. The sync is fired through the DevTools protocol (ServiceWorker.dispatchSyncEvent; Chromium
 * may also fire it by itself on reconnect: both are one replay under the lock). Checked in the
 * DATABASE: exactly the ratings made, once each, with the review page closed (a damaged entry
 * discarded, never sent; the next review page says what the worker did); and with a review tab
 * replaying at the same moment as the worker.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { OUTBOX_SYNC_TAG } from "../../lib/offline/background-sync";
import { newPage } from "./browser";
import { fileBrowser } from "./file-browser";
import {
  ONE_SESSION,
  SLOW,
  controlled,
  learnerWith,
  openReview,
  logsOf as logsIn,
  packed,
  rateOffline,
  ready,
  status,
  unexpected,
} from "./offline-page";

const app = inject("e2e");

/** The tags of the page's pending background syncs (Chromium lists them through the registration). */
const pendingSyncs = (page: Page) =>
  page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
      sync: { getTags(): Promise<string[]> };
    };
    return registration.sync.getTags();
  });

/** Fires the worker's sync event through the DevTools protocol, from any page of the app. */
async function fireSync(page: Page, context: BrowserContext) {
  const cdp = await context.newCDPSession(page);
  const registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] = [];
  cdp.on("ServiceWorker.workerRegistrationUpdated", (e) => registrations.push(...e.registrations));
  await cdp.send("ServiceWorker.enable");
  await expect
    .poll(() => registrations.some((r) => r.scopeURL === `${app.baseURL}/` && !r.isDeleted), SLOW)
    .toBe(true);
  const { registrationId } = registrations.find((r) => r.scopeURL === `${app.baseURL}/`)!;
  await cdp.send("ServiceWorker.dispatchSyncEvent", {
    origin: app.baseURL,
    registrationId,
    tag: OUTBOX_SYNC_TAG,
    lastChance: false,
  });
  await cdp.detach();
}

describe.skipIf(app.skip)("Background Sync of the offline outbox", () => {
  const file = fileBrowser();
  const prisma = file.prisma;
  const logsOf = (userId: string) => logsIn(prisma, userId);

  it("the worker replays the outbox with the review tab closed: exactly the ratings made, once each", async () => {
    const context = await file.newContext();
    const { page: review, errors } = await newPage(context);
    const user = await learnerWith(prisma, review, "offline-sync-closed", ONE_SESSION);
    const { page: other, errors: otherErrors } = await newPage(context);
    await other.goto("/progress");
    await controlled(other);
    await review.goto("/review");
    await ready(review);
    await packed(review);
    await controlled(review);

    await context.setOffline(true);
    await review.waitForFunction(() => !navigator.onLine);
    const ratings = [3, 1, 3, 2, 4];
    for (const [i, r] of ratings.entries()) await rateOffline(review, r, i + 1);
    expect(await pendingSyncs(review)).toEqual([OUTBOX_SYNC_TAG]);
    const requestIds = await review.evaluate(async (userId) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open("recall-lab-offline");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = await new Promise<{ userId: string; requestId: string }[]>((resolve) => {
        const get = db.transaction("outbox").objectStore("outbox").getAll();
        get.onsuccess = () => resolve(get.result as { userId: string; requestId: string }[]);
      });
      db.close();
      return all.filter((e) => e.userId === userId).map((e) => e.requestId);
    }, user.id);
    expect(requestIds).toHaveLength(ratings.length);
    // And a damaged entry (a rating of 9, no card): the worker discards it, never sends it.
    await review.evaluate(async (userId) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open("recall-lab-offline");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction("outbox", "readwrite");
      tx.objectStore("outbox").add({ userId, requestId: "damaged-background-1", rating: 9 });
      await new Promise((r) => (tx.oncomplete = r));
      db.close();
    }, user.id);
    await review.close();
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);

    // Back online with only /progress open: no page replays anything; the worker's sync does.
    await context.setOffline(false);
    await other.waitForFunction(() => navigator.onLine);
    await fireSync(other, context);
    await expect.poll(async () => (await logsOf(user.id)).length, SLOW).toBe(ratings.length);
    // A second sync (Chromium's own on reconnect, or a retry) finds nothing left to send.
    await fireSync(other, context);
    const logs = await logsOf(user.id);
    expect(logs.map((l) => l.requestId)).toEqual(requestIds);
    expect(logs.map((l) => l.rating)).toEqual(ratings);

    // The next review page says what the worker synced, and has nothing waiting.
    const { page: again, errors: againErrors } = await newPage(context);
    await again.goto("/review");
    await ready(again);
    await again.getByText("Synced 5 offline ratings in the background.").waitFor();
    await again
      .getByText("1 offline rating in this browser was damaged and discarded (not sent).")
      .waitFor();
    expect(await prisma.reviewLog.count({ where: { requestId: "damaged-background-1" } })).toBe(0);
    expect(await status(again).textContent()).toBe("");
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(ratings.length);
    expect(unexpected([...errors, ...otherErrors, ...againErrors])).toEqual([]);
    await context.close();
  });

  it("a review tab replaying while the worker's sync fires: still each rating once", async () => {
    const { context, page, errors, user } = await openReview(file, "offline-sync-race");
    await controlled(page);
    await context.setOffline(true);
    await page.waitForFunction(() => !navigator.onLine);
    const ratings = [3, 3, 1, 3, 2, 3, 3, 4];
    for (const [i, r] of ratings.entries()) await rateOffline(page, r, i + 1);

    // The tab replays on `online`; the worker's sync fires at the same moment.
    await context.setOffline(false);
    await fireSync(page, context);
    await expect.poll(() => status(page).textContent(), SLOW).toBe("");
    await expect.poll(async () => (await logsOf(user.id)).length, SLOW).toBe(ratings.length);
    const logs = await logsOf(user.id);
    expect(new Set(logs.map((l) => l.requestId)).size).toBe(ratings.length);
    expect(logs.map((l) => l.rating)).toEqual(ratings);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });
});

/**
 * Browser: reviewing offline (docs/decisions/0017-offline.md). The network is cut through the
 * DevTools protocol (Network.emulateNetworkConditions), the review page schedules from its IndexedDB
 * pack with the server's own scheduler, keeps each rating in the outbox ("Offline — N ratings
 * waiting"), and on reconnect replays them in order through POST /api/review. Checked in the
 * DATABASE: exactly the ratings made, once each, and the states an all-online run of the same ratings
 * at the same times gives (computed with the server's code, lib/srs/apply.ts, on a second learner);
 * two tabs (one syncs, nothing doubled); a card reset online meanwhile (both logs kept, the reset
 * wins, a notice says so); a damaged IndexedDB entry is discarded with a message, never sent.
 * Each test has learners of its own (createLearner).
 */
import { describe, expect, inject, it } from "vitest";
import { applyRating } from "../../lib/srs/apply";
import { newPage } from "./browser";
import { fileBrowser } from "./file-browser";
import {
  ONE_SESSION,
  SLOW,
  learnerWith,
  openReview,
  logsOf as logsIn,
  network,
  packed,
  rateOffline,
  ready,
  status,
  unexpected,
} from "./offline-page";

const app = inject("e2e");

// Again, Hard and Good only: every card stays in its same-day learning steps (minutes), where no
// interval fuzz applies, so two learners' schedules are comparable to the millisecond.
const PATTERN = [3, 1, 2, 3, 3, 1, 3, 2, 3, 3];

describe.skipIf(app.skip)("reviewing offline", () => {
  const file = fileBrowser();
  const prisma = file.prisma;
  const logsOf = (userId: string) => logsIn(prisma, userId);
  const schedule = (i: {
    flashcardId: string | null;
    questionId: string | null;
    due: Date;
    stability: number;
    difficulty: number;
    elapsedDays: number;
    scheduledDays: number;
    learningSteps: number;
    reps: number;
    lapses: number;
    state: number;
    lastReview: Date | null;
  }) => ({
    card: i.flashcardId ?? i.questionId,
    due: i.due.toISOString(),
    stability: i.stability,
    difficulty: i.difficulty,
    elapsedDays: i.elapsedDays,
    scheduledDays: i.scheduledDays,
    learningSteps: i.learningSteps,
    reps: i.reps,
    lapses: i.lapses,
    state: i.state,
    lastReview: i.lastReview?.toISOString() ?? null,
  });
  const itemsOf = async (userId: string) =>
    (await prisma.reviewItem.findMany({ where: { userId } }))
      .map(schedule)
      .sort((a, b) => String(a.card).localeCompare(String(b.card)));

  /** The same ratings at the same times, rated online by the server's own code for a second learner. */
  async function allOnlineReference(userId: string) {
    const ref = await prisma.user.create({
      data: { email: `offline-ref-${Date.now()}-${Math.random()}@example.com`, passwordHash: "x" },
    });
    await prisma.studySettings.create({
      data: { userId: ref.id, newPerDay: 40, buryRelated: false },
    });
    for (const log of await logsOf(userId))
      await applyRating(prisma, {
        userId: ref.id,
        item: log.reviewItem.flashcardId
          ? { flashcardId: log.reviewItem.flashcardId }
          : { questionId: log.reviewItem.questionId! },
        rating: log.rating,
        durationMs: log.durationMs,
        source: "review",
        now: log.reviewedAt,
      });
    return itemsOf(ref.id);
  }

  it("25 ratings offline, then reconnect: exactly 25 logs, the states of an all-online run", async () => {
    const { context, page, errors, user } = await openReview(file, "offline-review");

    await network(page, context, true);
    await expect.poll(() => status(page).textContent(), SLOW).toBe("Offline — 0 ratings waiting");
    for (let i = 0; i < 20; i++) await rateOffline(page, PATTERN[i % PATTERN.length]!, i + 1);
    for (let i = 20; i < 25; i++) await rateOffline(page, PATTERN[i % PATTERN.length]!, i + 1);
    // Nothing reached the server while offline.
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await page.getByTestId("reviewed-count").textContent()).toBe("25");

    await network(page, context, false);
    await page.getByText(/^Synced 25 offline ratings( in the background)?\.$/).waitFor();
    await expect.poll(() => status(page).textContent(), SLOW).toBe("");
    const logs = await logsOf(user.id);
    expect(logs).toHaveLength(25);
    expect(new Set(logs.map((l) => l.requestId)).size).toBe(25);
    expect(logs.map((l) => l.rating)).toEqual(
      Array.from({ length: 25 }, (_, i) => PATTERN[i % PATTERN.length]),
    );
    expect(await itemsOf(user.id)).toEqual(await allOnlineReference(user.id));
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it("rate 20 offline, close the tab, reopen offline (the service worker's saved page), rate 5 more, reconnect: 25 logs", async () => {
    const { context, page, errors, user } = await openReview(file, "offline-review-reopen");
    // The service worker controls the page and has saved /review (offline-shell's, decision 0017).
    // Polled from here: waitForFunction takes an async predicate's promise as a truthy answer.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            await navigator.serviceWorker.ready;
            return Boolean(await caches.match("/review", { ignoreVary: true, ignoreSearch: true }));
          }),
        SLOW,
      )
      .toBe(true);
    await network(page, context, true);
    for (let i = 0; i < 20; i++) await rateOffline(page, PATTERN[i % PATTERN.length]!, i + 1);
    await page.close();

    // Reopened with the whole context offline (the worker's own fetches too): the saved page, the pack, the outbox.
    await context.setOffline(true);
    const { page: again, errors: errorsAgain } = await newPage(context);
    await network(again, context, true);
    await again.goto("/review");
    await ready(again);
    await expect.poll(() => status(again).textContent()).toBe("Offline — 20 ratings waiting");
    for (let i = 20; i < 25; i++) await rateOffline(again, PATTERN[i % PATTERN.length]!, i + 1);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);

    // Back online: the page replays, or the worker's Background Sync does first (Chromium fires it
    // on reconnect); either way under one lock.
    await network(again, context, false);
    await again.getByText(/^Synced 25 offline ratings( in the background)?\.$/).waitFor();
    const logs = await logsOf(user.id);
    expect(logs).toHaveLength(25);
    expect(new Set(logs.map((l) => l.requestId)).size).toBe(25);
    expect(await itemsOf(user.id)).toEqual(await allOnlineReference(user.id));
    expect(unexpected([...errors, ...errorsAgain])).toEqual([]);
    await context.close();
  });

  it("two tabs offline: both rate, one syncs at a time, nothing doubled", async () => {
    const context = await file.newContext();
    const { page: a, errors: errorsA } = await newPage(context);
    const user = await learnerWith(prisma, a, "offline-review-tabs", ONE_SESSION);
    const { page: b, errors: errorsB } = await newPage(context);
    for (const p of [a, b]) {
      await p.goto("/review");
      await ready(p);
      await packed(p);
    }
    await network(a, context, true);
    await network(b, context, true);
    // The outbox is shared: each tab's line counts every waiting rating.
    for (let i = 0; i < 3; i++) await rateOffline(a, 3, i + 1);
    await expect.poll(() => status(b).textContent()).toBe("Offline — 3 ratings waiting");
    for (let i = 3; i < 6; i++) await rateOffline(b, 3, i + 1);
    await expect.poll(() => status(a).textContent()).toBe("Offline — 6 ratings waiting");

    // Both reconnect at once: each tries to sync; the lock lets one at a time, the second finds nothing left.
    await Promise.all([network(a, context, false), network(b, context, false)]);
    await expect.poll(() => status(a).textContent(), SLOW).toBe("");
    await expect.poll(() => status(b).textContent(), SLOW).toBe("");
    const logs = await logsOf(user.id);
    expect(logs).toHaveLength(6);
    expect(new Set(logs.map((l) => l.requestId)).size).toBe(6);
    // Tab B never showed a card tab A had just rated offline: six different cards.
    expect(new Set(logs.map((l) => l.reviewItemId)).size).toBe(6);
    expect(unexpected([...errorsA, ...errorsB])).toEqual([]);
    await context.close();
  });

  it("a card reset online while it was rated offline: both logs kept, the reset wins, a notice says so", async () => {
    const context = await file.newContext();
    const { page, errors } = await newPage(context);
    // One new card a day: after its first rating (Again) it is the only card, shown again at once (learn-ahead).
    const user = await learnerWith(prisma, page, "offline-review-reset", {
      ...ONE_SESSION,
      newPerDay: 1,
    });
    await page.goto("/review");
    await ready(page);
    const front = await page.getByTestId("card-front").textContent();
    await page.keyboard.press("Space");
    await page.keyboard.press("1");
    await page.getByText(/^Saved\./).waitFor();
    await packed(page);
    const item = await prisma.reviewItem.findFirstOrThrow({ where: { userId: user.id } });

    await network(page, context, true);
    await expect.poll(() => page.getByTestId("card-front").textContent()).toBe(front);
    await rateOffline(page, 3, 1);

    // Meanwhile, on another device: the learner resets that card.
    const other = await file.newContext();
    const { page: device } = await newPage(other);
    await other.addCookies(await context.cookies());
    await device.goto("/review");
    const reset = await device.evaluate(async (id) => {
      const res = await fetch("/api/review", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ action: "reset", itemRef: { reviewItemId: id } }),
      });
      return res.status;
    }, item.id);
    expect(reset).toBe(200);
    await other.close();

    await network(page, context, false);
    await page.getByText(/was kept in your history; it was reset after you rated it/).waitFor();
    const logs = await logsOf(user.id);
    expect(logs.map((l) => [l.source, l.rating])).toEqual([
      ["review", 1],
      ["review", 3],
      ["reset", 0],
    ]);
    const after = await prisma.reviewItem.findUniqueOrThrow({ where: { id: item.id } });
    expect([after.state, after.reps]).toEqual([0, 0]);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it("a damaged outbox entry and an older version's pack are discarded with a message, never sent", async () => {
    const { context, page, errors, user } = await openReview(file, "offline-review-damaged");
    await page.evaluate(async (userId) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open("recall-lab-offline");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(["outbox", "pack"], "readwrite");
      // A rating with no card and a rating of 9: neither may ever be sent.
      tx.objectStore("outbox").add({ userId, requestId: "damaged-entry-1", rating: 9 });
      const packs = tx.objectStore("pack");
      const get = packs.get(userId);
      get.onsuccess = () => packs.put({ ...get.result, version: 0 }, userId);
      await new Promise((r) => (tx.oncomplete = r));
      db.close();
    }, user.id);
    await page.reload();
    await ready(page);
    await page
      .getByText("1 offline rating in this browser was damaged and discarded (not sent).")
      .waitFor();
    await page
      .getByText("The offline copy of your cards was from an older version or damaged", {
        exact: false,
      })
      .waitFor();
    // Fetched again at once (online).
    await packed(page);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.reviewLog.count({ where: { requestId: "damaged-entry-1" } })).toBe(0);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });
});

describe.skipIf(app.skip)("the offline pack's size", () => {
  const file = fileBrowser();

  it("measures 1,000 real cards in IndexedDB (docs/decisions/0017-offline.md)", async () => {
    const { context, page, errors } = await openReview(file, "offline-review-size", {
      newPerDay: 400,
    });
    const figures = await page.evaluate(async () => {
      const pack = (await (await fetch("/api/review/offline")).json()) as {
        cards: { key: string }[];
      };
      const real = pack.cards.length;
      // The seeded course's cards, repeated under new keys up to 1,000 (same HTML sizes).
      const cards = Array.from({ length: 1000 }, (_, i) => ({
        ...pack.cards[i % real]!,
        key: `${pack.cards[i % real]!.key}#${i}`,
      }));
      const big = { ...pack, cards };
      const usage = async () => (await navigator.storage.estimate()).usage ?? 0;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open("offline-size-probe", 1);
        open.onupgradeneeded = () => open.result.createObjectStore("pack");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const before = await usage();
      const tx = db.transaction("pack", "readwrite");
      tx.objectStore("pack").put(big, "probe");
      await new Promise((r) => (tx.oncomplete = r));
      db.close();
      const after = await usage();
      return {
        real,
        jsonBytes: new TextEncoder().encode(JSON.stringify(big)).length,
        storedBytes: after - before,
      };
    });
    console.log(
      `offline pack, 1,000 cards (from ${figures.real} real ones): JSON ${(figures.jsonBytes / 1e6).toFixed(2)} MB, IndexedDB usage +${(figures.storedBytes / 1e6).toFixed(2)} MB`,
    );
    expect(figures.real).toBeGreaterThan(50);
    expect(figures.jsonBytes).toBeGreaterThan(100_000);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });
});

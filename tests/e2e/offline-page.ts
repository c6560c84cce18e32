/**
 * What the offline review browser tests share (docs/decisions/0017-offline.md): waits on the review
 * page, its offline pack and the service worker; cutting the network; rating offline; a learner with
 * study settings of the test's own on a review page; the console errors a cut network is expected to
 * leave.
 */
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { expect } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { newPage } from "./browser";
import type { fileBrowser } from "./file-browser";
import { createLearner } from "./session";

/** For waits on the network or the worker (expect.poll's own default is 1 s). */
export const SLOW = { timeout: 30_000 };

/** The review page's keys answer (hydrated). */
export const ready = (page: Page) =>
  page.locator('main [data-keys-ready="true"]').first().waitFor();

/** The review page's offline line ("Offline — N ratings waiting", empty online). */
export const status = (page: Page) => page.getByTestId("offline-status");

/** The page has its offline pack in IndexedDB (fetched on load while online). */
export const packed = (page: Page) =>
  page.locator('[data-testid="offline-status"][data-pack="true"]').waitFor({ state: "attached" });

/** Requests the cut network refuses are expected; anything else in the console is not. */
export const unexpected = (errors: string[]) =>
  errors.filter(
    (e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e),
  );

/** Resolves once a service worker controls the page (it claims open pages on activation). */
export const controlled = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) =>
        navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }),
      );
  });

const sessions = new WeakMap<Page, CDPSession>();
/**
 * Cuts or restores the page's network through the DevTools protocol (one session per page, so the
 * last call wins), and waits for the page's navigator.onLine to say so.
 */
export async function network(page: Page, context: BrowserContext, offline: boolean) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    sessions.set(page, cdp);
  }
  // The whole context too: the service worker's own fetches (its Background Sync replay) must be
  // offline as well, or it would send the outbox while the page is cut off. Cut the context first
  // and restore it last, so the page's `online` event comes when both are back.
  const pageNetwork = () =>
    cdp.send("Network.emulateNetworkConditions", {
      offline,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  if (offline) {
    await context.setOffline(true);
    await pageNetwork();
  } else {
    await pageNetwork();
    await context.setOffline(false);
  }
  await page.waitForFunction((want) => navigator.onLine === want, !offline);
}

/** Reveal, rate, and wait for the count of waiting ratings to move on. */
export async function rateOffline(page: Page, rating: number, waitingAfter: number) {
  await page.getByTestId("card-front").waitFor();
  await page.keyboard.press("Space");
  await page.getByTestId("card-back").waitFor();
  await page.keyboard.press(String(rating));
  await expect
    .poll(() => status(page).textContent())
    .toBe(`Offline — ${waitingAfter} rating${waitingAfter === 1 ? "" : "s"} waiting`);
}

/** A brand-new learner signed in on the page (session.ts createLearner) with these study settings. */
export async function learnerWith(
  prisma: PrismaClient,
  page: Page,
  prefix: string,
  settings: { newPerDay?: number; buryRelated?: boolean },
) {
  const email = await createLearner(page, prefix, prisma);
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  await prisma.studySettings.upsert({
    where: { userId: user.id },
    create: { userId: user.id, ...settings },
    update: settings,
  });
  return user;
}

/** No sibling burying and 40 new cards: the tests rate their cards in one session. */
export const ONE_SESSION = { newPerDay: 40, buryRelated: false };

/**
 * A new context, a learner of its own with these study settings, on the review page (path) with its
 * offline pack in IndexedDB. The test closes the context.
 */
export async function openReview(
  file: ReturnType<typeof fileBrowser>,
  prefix: string,
  settings: { newPerDay?: number; buryRelated?: boolean } = ONE_SESSION,
  path = "/review",
) {
  const context = await file.newContext();
  const { page, errors } = await newPage(context);
  const user = await learnerWith(file.prisma, page, prefix, settings);
  await page.goto(path);
  await ready(page);
  await packed(page);
  return { context, page, errors, user };
}

/** The learner's review logs in the order they were made, with each one's card or question. */
export const logsOf = (prisma: PrismaClient, userId: string) =>
  prisma.reviewLog.findMany({
    where: { userId },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    include: { reviewItem: { select: { flashcardId: true, questionId: true } } },
  });

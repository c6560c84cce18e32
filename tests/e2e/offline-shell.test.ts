/**
 * Issue 15, the offline shell: the manifest and its icons, the service worker, saved pages read
 * offline, the offline page for the rest, quiz and chat saying they need a connection.
 *
 * The network is cut with context.setOffline: Playwright sends the DevTools protocol's
 * Network.emulateNetworkConditions({ offline: true }) to every page AND to the service worker's
 * own target. A CDP session on the page alone would leave the worker's fetches online (they are
 * the worker's requests, not the page's), so the worker would never fall back to its cache.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { isSavedPage, PAGES_CACHE } from "../../lib/pwa/cache-rules";
import { pngSize } from "../helpers/png";
import { launchBrowser, newPage } from "./browser";
import { createLearner } from "./session";

const app = inject("e2e");
const course = "/courses/socket-programming";
const lesson = `${course}/lessons/client-server-model`;
const flashcards = `${lesson}/flashcards`;
const unvisited = `${course}/lessons/cis345-socket-terms`;

/** Resolves once a service worker controls the page (it claims open pages on activation). */
async function controlledBy(page: Page): Promise<string> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) =>
        navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }),
      );
    return navigator.serviceWorker.controller!.scriptURL;
  });
}

const savedUrls = (page: Page) =>
  page.evaluate(
    async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
    PAGES_CACHE,
  );

/** Polled from here: waitForFunction takes an async predicate's promise as a truthy answer. */
async function waitUntilSaved(page: Page, paths: string[]) {
  await expect
    .poll(
      () =>
        page.evaluate(
          async ([name, wanted]) => {
            const cache = await caches.open(name);
            const have = await Promise.all(wanted.map((p) => cache.match(p, { ignoreVary: true })));
            return have.every(Boolean);
          },
          [PAGES_CACHE, paths] as const,
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** Bytes held in each of this origin's caches (the body sizes of every entry). */
const cacheBytes = (page: Page) =>
  page.evaluate(async () => {
    const out: Record<string, { entries: number; bytes: number }> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      const requests = await cache.keys();
      let bytes = 0;
      for (const r of requests) bytes += (await (await cache.match(r))!.blob()).size;
      out[name] = { entries: requests.length, bytes };
    }
    return out;
  });

const heading = (page: Page) => page.locator("main h1").first().innerText();

describe.skipIf(app.skip)("Installable, and readable offline", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("serves a manifest whose icons exist at their sizes, and a theme colour per scheme", async () => {
    const context = await browser.newContext({ baseURL: app.baseURL });
    const { page, errors } = await newPage(context);
    await page.goto("/");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    const res = await page.request.get(href!);
    expect(res.headers()["content-type"]).toContain("application/manifest+json");
    const manifest = await res.json();
    expect(manifest).toMatchObject({ start_url: "/review", display: "standalone" });
    const sizes: string[] = [];
    for (const icon of manifest.icons as { src: string; sizes: string; purpose: string }[]) {
      const png = await page.request.get(icon.src);
      expect(png.status(), icon.src).toBe(200);
      const size = pngSize(await png.body());
      expect(size && `${size.width}x${size.height}`, icon.src).toBe(icon.sizes);
      sizes.push(`${icon.sizes} ${icon.purpose}`);
    }
    expect(sizes).toEqual(
      expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
    );
    const themes = await page
      .locator('meta[name="theme-color"]')
      .evaluateAll((metas) =>
        metas.map((m) => `${m.getAttribute("media")} ${m.getAttribute("content")}`),
      );
    expect(themes).toEqual([
      "(prefers-color-scheme: light) #ffffff",
      "(prefers-color-scheme: dark) #111a2e",
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("registers the worker under the page's CSP; the worker's script is never cached by the browser", async () => {
    const context = await browser.newContext({ baseURL: app.baseURL });
    const { page, errors } = await newPage(context);
    const response = await page.goto("/");
    expect(response!.headers()["content-security-policy"]).toContain("worker-src 'self'");
    expect(await controlledBy(page)).toBe(`${app.baseURL}/serwist/sw.js`);
    const sw = await page.request.get("/serwist/sw.js");
    expect(sw.headers()["cache-control"]).toBe("no-cache");
    expect(sw.headers()["content-type"]).toContain("javascript");
    expect(errors).toEqual([]);
    await context.close();
  });

  describe("a learner on a train", () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      context = await browser.newContext({ baseURL: app.baseURL });
      ({ page, errors } = await newPage(context));
      await createLearner(page, "offline-shell");
    });
    afterAll(async () => {
      await context?.close();
    });

    it("reads a visited lesson, its flashcards and progress offline; the rest says what works", async () => {
      await page.goto(lesson);
      await controlledBy(page);
      await page.goto("/progress");
      await page.goto(lesson);
      // A client-side navigation: the worker fetches the whole page to keep it.
      await page
        .getByRole("link", { name: /Study Flashcards/ })
        .first()
        .click();
      await page.waitForURL(`**${flashcards}`);
      await page.locator("[data-keys-ready]").first().waitFor();
      await page.goto(`${lesson}/quiz`);
      await page.getByRole("button", { name: "Start quiz" }).waitFor();
      await waitUntilSaved(page, [lesson, flashcards, "/progress", "/offline"]);
      const saved = await savedUrls(page);
      expect(saved.filter((p) => /\/(quiz|chat)$|^\/(api|signin)/.test(p))).toEqual([]);

      // The connection drops on the quiz page: it says so at once.
      await context.setOffline(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      await expect
        .poll(() => page.getByTestId("offline-banner").innerText())
        .toContain("Quizzes need a connection");

      for (const [path, title] of [
        [lesson, "Client-Server Model"],
        [flashcards, "Flashcards"],
        ["/progress", "Progress"],
      ]) {
        await page.goto(path!);
        expect(await heading(page), path).toContain(title);
        await page.getByTestId("offline-banner").waitFor();
      }
      // The Star button needs the server; sorting the cards does not.
      await page.goto(flashcards);
      await page.locator("[data-keys-ready]").first().waitFor();
      expect(await page.getByRole("button", { name: /Star/ }).isDisabled()).toBe(true);

      // Between saved pages by a link, too (Next's router falls back to a whole-page load).
      await page.goto(lesson);
      await page
        .getByRole("link", { name: /Study Flashcards/ })
        .first()
        .click();
      await page.waitForURL(`**${flashcards}`);
      expect(await heading(page)).toContain("Flashcards");

      // Never visited, a quiz, a chat: the offline page, which says what needs a connection.
      for (const path of [unvisited, `${lesson}/quiz`, `${lesson}/chat`]) {
        await page.goto(path);
        await page.getByTestId("offline-page").waitFor();
        expect(await page.getByTestId("offline-page").innerText(), path).toMatch(
          /Quizzes, Learn and Test[^.]*and chat/,
        );
      }
      expect(await page.getByTestId("saved-pages").innerText()).toContain("Progress");

      // Back online: the same pages come from the server again.
      await context.setOffline(false);
      await page.goto(`${lesson}/quiz`);
      await page.getByRole("button", { name: "Start quiz" }).waitFor();
      await page.goto(unvisited);
      expect(await heading(page)).toContain("Terms and the Echo Program");
      expect(await page.getByTestId("offline-banner").count()).toBe(0);
      expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    });

    it("measures what a course's saved pages take beside the app shell", async () => {
      await page.goto(course);
      const paths = [
        course,
        ...(await page
          .locator(`main a[href^="${course}/lessons/"]`)
          .evaluateAll((as) => [
            ...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
          ])),
      ].filter(isSavedPage);
      for (const path of paths) await page.goto(path);
      for (const path of paths.filter((p) => p.includes("/lessons/") && !p.endsWith("/flashcards")))
        await page.goto(`${path}/flashcards`);
      const sizes = await cacheBytes(page);
      const counted = await page.evaluate(async () => {
        const { usageDetails } = (await navigator.storage.estimate()) as {
          usageDetails?: { caches?: number };
        };
        return usageDetails?.caches ?? 0;
      });
      const pages = sizes[PAGES_CACHE]!;
      const shell = Object.entries(sizes).find(([name]) => name.includes("precache"))![1];
      console.log(
        `offline cache after a course's pages: ${pages.entries} pages, ${(pages.bytes / 1024).toFixed(0)} KiB; ` +
          `app shell precache ${shell.entries} files, ${(shell.bytes / 1024).toFixed(0)} KiB; ` +
          `Chromium counts ${(counted / 1024 / 1024).toFixed(1)} MiB of cache storage`,
      );
      expect(pages.entries).toBeGreaterThanOrEqual(paths.length);
      expect(pages.bytes).toBeLessThan(5 * 1024 * 1024);
    });

    it("forgets the saved pages when the learner signs out", async () => {
      expect(await savedUrls(page)).toContain(lesson);
      await page.goto("/");
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("link", { name: "Sign in" }).waitFor();
      await expect
        .poll(async () => (await savedUrls(page)).filter((p) => p !== "/" && p !== "/offline"), {
          timeout: 30_000,
        })
        .toEqual([]);
    });
  });
});

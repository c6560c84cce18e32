/**
 * Browser: a visited lesson's images offline (docs/decisions/0017-offline.md). A lesson of this
 * test's own shows an image from /api/media (a MediaFile row, as an Anki import stores it). Read
 * online, the worker keeps the page and its image (cache-first, `recall-lab-media`); with the whole
 * context offline (context.setOffline reaches the worker's own fetches too) the reloaded lesson shows
 * the image from the cache. No other /api answer is kept, and signing out empties the image cache.
 */
import { createHash } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { MEDIA_CACHE, PAGES_CACHE } from "../../lib/pwa/cache-rules";
import { newPage } from "./browser";
import { fileBrowser } from "./file-browser";
import { SLOW, controlled } from "./offline-page";
import { createLearner } from "./session";

const app = inject("e2e");
/** A 3×2 PNG (red), small enough to inline. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR4nGP4z8AAQQxwFgBB0gX7h/C5SAAAAABJRU5ErkJggg==",
  "base64",
);

/** The image is on screen, decoded (a broken image has no natural size). */
const imageShown = (page: Page, src: string) =>
  page.waitForFunction((s) => {
    const img = document.querySelector<HTMLImageElement>(`main img[src="${s}"]`);
    return Boolean(img?.complete && img.naturalWidth === 3 && img.naturalHeight === 2);
  }, src);

const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys())
      for (const r of await (await caches.open(name)).keys())
        out.push(`${name} ${new URL(r.url).pathname}`);
    return out;
  });

describe.skipIf(app.skip)("a visited lesson's images offline", () => {
  const file = fileBrowser();
  const prisma = file.prisma;

  it("shows the lesson's /api/media image from the cache offline; keeps no other /api; sign-out empties it", async () => {
    const hash = createHash("sha256").update(PNG).digest("hex");
    const src = `/api/media/${hash}.png`;
    await prisma.mediaFile.upsert({
      where: { hash },
      create: {
        hash,
        name: "offline-media.png",
        contentType: "image/png",
        size: PNG.length,
        data: PNG,
      },
      update: {},
    });
    const slug = `offline-media-${Date.now()}`;
    const course = await prisma.course.create({
      data: { slug, title: "Offline media", position: 9001 },
    });
    const lessonSlug = `${slug}-lesson`;
    await prisma.lesson.create({
      data: {
        slug: lessonSlug,
        courseId: course.id,
        title: "A lesson with a picture",
        body: `## Picture\n\nBelow is a picture.\n\n![A red test picture](${src})\n`,
      },
    });
    const lesson = `/courses/${slug}/lessons/${lessonSlug}`;

    const context = await file.newContext();
    const { page, errors } = await newPage(context);
    await createLearner(page, "offline-media");
    await page.goto("/");
    await controlled(page);
    await page.goto(lesson);
    await imageShown(page, src);
    // (Polled from here: waitForFunction takes an async predicate's promise as a truthy answer.)
    await expect
      .poll(
        () =>
          page.evaluate(
            async ([pages, media, path, image]) =>
              Boolean(
                (await caches.match(path, { cacheName: pages, ignoreVary: true })) &&
                (await caches.match(image, { cacheName: media })),
              ),
            [PAGES_CACHE, MEDIA_CACHE, lesson, src] as const,
          ),
        SLOW,
      )
      .toBe(true);
    // Of /api, only the saved page's image is kept.
    expect((await cachedPaths(page)).filter((p) => p.includes(" /api/"))).toEqual([
      `${MEDIA_CACHE} ${src}`,
    ]);

    await context.setOffline(true);
    await page.reload();
    await page.getByText("Below is a picture.").waitFor();
    await imageShown(page, src);
    await context.setOffline(false);

    await page.goto("/");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    await expect
      .poll(async () => (await cachedPaths(page)).filter((p) => p.startsWith(MEDIA_CACHE)), SLOW)
      .toEqual([]);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });
});

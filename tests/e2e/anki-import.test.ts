/**
 * In the browser: an instructor uploads an Anki deck on /teach/import, previews it (lessons, items,
 * options, media), imports it and sees it unchanged the second time; a learner imports their own
 * collection in Settings and their reviews come in once.
 */
import { describe, expect, inject, it } from "vitest";
import { noteGuid } from "../../lib/transfer/apkg/ids";
import { fileBrowser } from "./file-browser";
import { BASIC, legacyApkg, latestApkg, REVERSED, TYPED } from "../transfer/anki/build-package";
import { PNG } from "../transfer/anki/sample";
import { seriousViolations } from "./session";

const app = inject("e2e");

describe.skipIf(app.skip)("Anki import", () => {
  const b = fileBrowser();

  it("an instructor previews a deck, imports it, and a second preview finds nothing new", async () => {
    const stamp = Date.now();
    const deck = latestApkg({
      models: [BASIC, REVERSED, TYPED],
      decks: [{ id: stamp, name: `Ports ${stamp}` }],
      notes: [
        {
          id: 1,
          guid: `p1-${stamp}`,
          mid: BASIC.id,
          tags: ["web"],
          fields: ["HTTP's port?", '80 <img src="port.png" alt="port diagram">'],
        },
        { id: 2, guid: `p2-${stamp}`, mid: REVERSED.id, fields: ["SSH", "22"] },
        { id: 3, guid: `p3-${stamp}`, mid: TYPED.id, fields: ["HTTPS's port?", "443"] },
      ],
      cards: [
        { id: 11, nid: 1, did: stamp, ord: 0 },
        { id: 12, nid: 2, did: stamp, ord: 0 },
        { id: 13, nid: 2, did: stamp, ord: 1 },
        { id: 14, nid: 3, did: stamp, ord: 0 },
      ],
      media: { "port.png": PNG },
    });
    const { page, errors } = await b.open();
    await page.goto("/signin?callbackUrl=%2Fteach%2Fimport");
    await page.getByLabel("Email").fill("instructor@recall-lab.local");
    await page.getByLabel("Password").fill("teach-sockets-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    const section = page.locator('section[aria-labelledby="anki-import"][data-keys-ready="true"]');
    await section.waitFor();
    await section.getByLabel("Anki package").setInputFiles({
      name: "ports.apkg",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(deck),
    });
    // Drafts (the default): a published course would show on every other browser test's home page.
    await section.getByLabel("Publish now").waitFor();
    await section.getByRole("button", { name: "Preview" }).click();
    await section.getByText(`A new course Ports ${stamp}`).waitFor();
    await section.getByTestId("anki-counts").getByText("4 new, 0 changed, 0 unchanged.").waitFor();
    await section.getByText(/New lesson Ports \d+ \(ports-\d+-[0-9a-f]{4}\): 4 items/).waitFor();
    await section.getByText("Accepted answers: 443").waitFor();
    await section.getByText("Tags: web").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await section.getByRole("button", { name: "Import" }).click();
    await section
      .getByText(
        `Imported into Ports ${stamp}: 4 new items, 0 updated, 0 unchanged; 1 new lesson, 1 media file stored.`,
      )
      .waitFor();

    const card = await b.prisma.flashcard.findFirstOrThrow({
      where: { front: "HTTP's port?", lesson: { course: { slug: `ports-${stamp}` } } },
    });
    const src = /\/api\/media\/[a-f0-9]{64}\.png/.exec(card.back)?.[0];
    expect(src).toBeTruthy();
    const media = await page.request.get(src!);
    expect(media.status()).toBe(200);
    expect(media.headers()["content-type"]).toBe("image/png");

    await section.getByRole("button", { name: "Preview" }).click();
    await section.getByTestId("anki-counts").getByText("0 new, 0 changed, 4 unchanged.").waitFor();
    expect(errors).toEqual([]);
  });

  it("a learner imports their Anki reviews in Settings, once", async () => {
    const cards = await b.prisma.flashcard.findMany({
      where: {
        status: "published",
        archivedAt: null,
        lesson: { course: { slug: "socket-programming" } },
      },
      orderBy: { id: "asc" },
      take: 2,
    });
    expect(cards).toHaveLength(2);
    const day = 86_400_000;
    const t0 = Date.now() - 20 * day;
    const crt = Math.floor((t0 - 2 * day) / 1000);
    const collection = legacyApkg({
      models: [BASIC],
      decks: [{ id: 5, name: "Sockets" }],
      crt,
      notes: cards.map((c, i) => ({
        id: i + 1,
        guid: noteGuid(c.id),
        mid: BASIC.id,
        fields: [c.front, c.back],
      })),
      cards: [
        { id: 101, nid: 1, did: 5, ord: 0, type: 2, queue: 2, due: 30, ivl: 10, reps: 3 },
        { id: 102, nid: 2, did: 5, ord: 0, type: 2, queue: -1, due: 25, ivl: 4, reps: 2 },
      ],
      revlog: [
        { id: t0, cid: 101, ease: 3, ivl: -600, lastIvl: 0, factor: 0, time: 4000, type: 0 },
        {
          id: t0 + 600_000,
          cid: 101,
          ease: 3,
          ivl: 3,
          lastIvl: -600,
          factor: 2500,
          time: 3000,
          type: 0,
        },
        {
          id: t0 + 4 * day,
          cid: 101,
          ease: 3,
          ivl: 10,
          lastIvl: 3,
          factor: 2500,
          time: 2500,
          type: 1,
        },
        { id: t0 + day, cid: 102, ease: 4, ivl: 4, lastIvl: 0, factor: 0, time: 2000, type: 0 },
        { id: t0 + day + 5, cid: 102, ease: 0, ivl: 0, lastIvl: 4, factor: 0, time: 0, type: 4 },
      ],
    });
    const { page, errors, email } = await b.learner("anki-import");
    await page.goto("/settings");
    const section = page.locator(
      'section[aria-labelledby="anki-collection-import"][data-keys-ready="true"]',
    );
    await section.waitFor();
    await section.getByLabel("Anki collection or deck").setInputFiles({
      name: "collection.colpkg",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(collection),
    });
    await section.getByRole("button", { name: "Preview" }).click();
    const preview = section.getByTestId("anki-collection-preview");
    await preview.getByText("4 reviews to import into 2 cards.").waitFor();
    await preview.getByText(/Left out: 1 entry without a rating/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await section.getByRole("button", { name: "Import my reviews" }).click();
    await section
      .getByText("Imported 4 reviews into 2 cards; their schedule carries on from Anki.")
      .waitFor();

    const user = await b.prisma.user.findUniqueOrThrow({ where: { email } });
    const item = await b.prisma.reviewItem.findFirstOrThrow({
      where: { userId: user.id, flashcardId: cards[0]!.id },
      include: { logs: true },
    });
    expect(item.logs).toHaveLength(3);
    expect(item.state).toBe(2);
    expect(item.scheduledDays).toBe(10);
    const suspended = await b.prisma.reviewItem.findFirstOrThrow({
      where: { userId: user.id, flashcardId: cards[1]!.id },
    });
    expect(suspended.suspendedAt).not.toBeNull();
    await section.getByRole("button", { name: "Preview" }).click();
    await preview.getByText("0 reviews to import into 0 cards; 4 imported before.").waitFor();
    await section.getByRole("button", { name: "Import my reviews" }).click();
    await section
      .getByText("Nothing new: every review in this file was imported before.")
      .waitFor();
    expect(errors).toEqual([]);
  });
});

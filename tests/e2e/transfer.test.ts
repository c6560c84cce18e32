import AxeBuilder from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { downloaded, fileBrowser } from "./file-browser";
import { stableId } from "../../lib/transfer/apkg/ids";
import { collectionRows, readWithAnkiReader } from "../transfer/apkg-read";

const app = inject("e2e");

describe.skipIf(app.skip)("an instructor", () => {
  const b = fileBrowser();

  it("previews and imports pasted CSV cards, sees them as unchanged the second time, sorts the analysis, downloads an .apkg", async () => {
    const { page, errors } = await b.open();
    await page.goto("/signin?callbackUrl=%2Fteach%2Fimport");
    await page.getByLabel("Email").fill("instructor@recall-lab.local");
    await page.getByLabel("Password").fill("teach-sockets-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Import" }).waitFor();
    expect(
      (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag22aa"]).analyze())
        .violations,
    ).toEqual([]);

    // A lesson of our own, so reruns and other tests never see each other's data.
    const stamp = Date.now();
    await page
      .getByLabel("…or paste text")
      .fill(
        `front,back\nselect-${stamp},Waits on many sockets\npoll-${stamp},Like select without the fd limit\n`,
      );
    await page.getByLabel("New lesson title").fill(`Multiplexing ${stamp}`);
    await page.getByTestId("import-form").getByRole("button", { name: "Preview" }).click();
    await page.getByText("Flashcards: 2 new").waitFor();
    await page.getByRole("button", { name: "Import 2 items as drafts" }).click();
    await page.getByText(/2 created, 0 updated, 0 skipped/).waitFor();

    await page.getByRole("radio", { name: "An existing lesson" }).check();
    await page.getByLabel("Existing lesson", { exact: true }).selectOption(`multiplexing-${stamp}`);
    await page.getByTestId("import-form").getByRole("button", { name: "Preview" }).click();
    await page.getByText("Flashcards: 2 unchanged").waitFor();

    await page.goto("/teach/analysis?course=socket-programming");
    await page.locator('[data-testid="analysis"][data-keys-ready="true"]').waitFor();
    await page.getByLabel("Sort questions").selectOption("attempts");
    await page.getByLabel("Type").selectOption("flashcards");
    // One lesson shown: its section opens by itself.
    await page.getByLabel("Lesson").selectOption({ label: `Multiplexing ${stamp}` });
    const header = page.getByRole("columnheader", { name: /Lapses/ }).first();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    await page.getByRole("link", { name: `select-${stamp}` }).waitFor();
    expect(await page.getByRole("heading", { name: "Questions" }).count()).toBe(0);

    const apkg = await page.request.get("/api/export?format=apkg&course=socket-programming");
    expect(apkg.status()).toBe(200);
    expect([...(await apkg.body()).subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip
    expect(errors).toEqual([]);
  });

  it("downloads the course as an .apkg from the export page, and it opens", async () => {
    const { page, errors } = await b.open({ acceptDownloads: true });
    await page.goto("/signin?callbackUrl=%2Fteach%2Fexport");
    await page.getByLabel("Email").fill("instructor@recall-lab.local");
    await page.getByLabel("Password").fill("teach-sockets-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Export" }).waitFor();
    await page.getByLabel("Course", { exact: true }).selectOption("socket-programming");
    await page.getByRole("radio", { name: /Anki package/ }).check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("socket-programming.apkg");
    const bytes = new Uint8Array(await downloaded(download));
    const { collection } = await readWithAnkiReader(bytes);
    const names = Object.values(collection.getDecks()).map((d) => d.getName());
    expect(names).toContain("Socket Programming");
    expect(names.filter((n) => n.startsWith("Socket Programming::")).length).toBeGreaterThan(1);
    expect(collectionRows(bytes).notes.length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(app.skip)("a learner", () => {
  const b = fileBrowser();

  it("exports their progress to Anki from Settings: the deck, their card's schedule and its review", async () => {
    const { page, errors, email } = await b.learner("anki-export", { acceptDownloads: true });
    // One reviewed card, written straight into the app's database.
    const card = await b.prisma.flashcard.findFirstOrThrow({ where: { status: "published" } });
    const reviewedAt = new Date(Date.now() - 2 * 86_400_000);
    const user = await b.prisma.user.findUniqueOrThrow({ where: { email } });
    const item = await b.prisma.reviewItem.create({
      data: {
        userId: user.id,
        flashcardId: card.id,
        state: 2,
        due: new Date(Date.now() + 3 * 86_400_000),
        scheduledDays: 5,
        stability: 5.5,
        difficulty: 5,
        reps: 1,
        lastReview: reviewedAt,
      },
    });
    await b.prisma.reviewLog.create({
      data: {
        reviewItemId: item.id,
        userId: user.id,
        rating: 4,
        stateBefore: 0,
        dueBefore: reviewedAt,
        elapsedDays: 0,
        scheduledDays: 5,
        previous: "{}",
        reviewedAt,
      },
    });
    await page.goto("/settings");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export my progress to Anki" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^recall-lab-progress-.*\.apkg$/);
    const bytes = new Uint8Array(await downloaded(download));
    const { collection } = await readWithAnkiReader(bytes);
    expect(Object.values(collection.getDecks()).map((d) => d.getName())).toContain(
      "Socket Programming",
    );
    const rows = collectionRows(bytes);
    const ours = rows.cards.find((c) => c.id === stableId("card", card.id))!;
    expect(ours).toMatchObject({ type: 2, queue: 2, ivl: 5, reps: 1 });
    expect(rows.revlog).toEqual([
      expect.objectContaining({ id: reviewedAt.getTime(), cid: ours.id, ease: 4, ivl: 5, type: 0 }),
    ]);
    expect(
      (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag22aa"]).analyze())
        .violations,
    ).toEqual([]);
    expect(errors).toEqual([]);
  });
});

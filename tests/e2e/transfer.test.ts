import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./browser";

const app = inject("e2e");

describe.skipIf(app.skip)("an instructor", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("previews and imports pasted CSV cards, sees them as unchanged the second time, sorts the analysis, downloads an .apkg", async () => {
    const context = await browser.newContext({ baseURL: app.baseURL });
    const { page, errors } = await newPage(context);
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
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByText("Flashcards: 2 new").waitFor();
    await page.getByRole("button", { name: "Import 2 items as drafts" }).click();
    await page.getByText(/2 created, 0 updated, 0 skipped/).waitFor();

    await page.getByRole("radio", { name: "An existing lesson" }).check();
    await page.getByLabel("Existing lesson", { exact: true }).selectOption(`multiplexing-${stamp}`);
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByText("Flashcards: 2 unchanged").waitFor();

    await page.goto("/teach/analysis?course=socket-programming");
    const header = page.getByRole("columnheader", { name: /Attempts/ });
    expect(await header.getAttribute("aria-sort")).toBe("none");
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    await page.getByLabel("Type").selectOption("flashcards");
    await page.getByRole("link", { name: `select-${stamp}` }).waitFor();
    expect(await page.getByRole("heading", { name: "Questions" }).count()).toBe(0);

    const apkg = await page.request.get("/api/export?format=apkg&course=socket-programming");
    expect(apkg.status()).toBe(200);
    expect([...(await apkg.body()).subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip
    expect(errors).toEqual([]);
    await context.close();
  });
});

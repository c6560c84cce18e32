import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./browser";
import { signUp, seriousViolations } from "./session";

const app = inject("e2e");
const lesson = "/courses/socket-programming/lessons/sockets-overview";

describe.skipIf(app.skip)("Chat to Lesson and Podcast in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a new learner asks a lesson a question, follows a citation, and steps through the podcast", async () => {
    const context = await browser.newContext({ baseURL: app.baseURL });
    const { page, errors } = await newPage(context);
    await signUp(page);

    await page.goto(`${lesson}/chat`);
    await page.getByRole("heading", { level: 1, name: /Chat to Lesson/ }).waitFor();
    await page.getByLabel("Your question").fill("What does recvfrom return?");
    await page.getByRole("button", { name: "Ask" }).click();
    const quote = page.getByRole("log").locator("figure").first();
    await quote.waitFor();
    expect((await quote.locator("mark").textContent())?.toLowerCase()).toContain("recvfrom");
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);

    const link = quote.getByRole("link");
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(new RegExp(`^${lesson}#`));
    await link.click();
    await page.waitForURL(`**${href}`);
    expect(await page.locator(`[id="${href.split("#")[1]}"]`).count()).toBe(1);

    // History is kept for this learner: the question is still there on return.
    await page.goto(`${lesson}/chat`);
    await page.getByRole("log").getByText("What does recvfrom return?").waitFor();

    await page.goto(`${lesson}/podcast`);
    await page.getByRole("heading", { level: 1, name: /Podcast/ }).waitFor();
    await page.getByText(/no speech voices|no speech synthesis/).waitFor();
    const current = () =>
      page.locator('[aria-label="Transcript"] li[aria-current="true"]').textContent();
    const first = await current();
    expect(first).toMatch(/^Host:/);
    await page.keyboard.press("ArrowRight");
    await expect.poll(current).toMatch(/^Co-host:/);
    await page.keyboard.press("n");
    await expect.poll(current).toMatch(/^Host:/);
    expect(await current()).not.toBe(first);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(current).toMatch(/^Co-host:/);
    expect(await page.getByText("Line 2 of").count()).toBe(1);
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

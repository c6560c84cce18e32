import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { signUp, seriousViolations } from "./session";

const app = inject("e2e");
const lesson = "/courses/socket-programming/lessons/sockets-overview";

describe.skipIf(app.skip)("Chat to Lesson and Podcast in the browser", () => {
  const b = fileBrowser();

  it("a new learner asks a lesson a question, follows a citation, and steps through the podcast", async () => {
    const { page, errors } = await b.open();
    await signUp(page);

    await page.goto(`${lesson}/chat`);
    await page.getByRole("heading", { level: 1, name: /Chat to Lesson/ }).waitFor();
    const log = page.getByRole("log");
    const answers = log.getByTestId("answer");
    const askChat = async (q: string, nth: number) => {
      await page.getByLabel("Your question").fill(q);
      await page.getByRole("button", { name: "Ask" }).click();
      // The answer is complete when its passages are listed and the button is back.
      await log
        .locator("li")
        .filter({ has: page.getByRole("list", { name: "Cited passages" }) })
        .nth(nth)
        .waitFor();
      await page.getByRole("button", { name: "Ask" }).waitFor();
      return answers.nth(nth);
    };

    // A paraphrase, as a student asks it: the answer opens with plain words, then cites passages.
    const firstAnswer = await askChat("why would recv give me back nothing?", 0);
    const opening = (await firstAnswer.textContent())!.replace(/^Answer: /, "").split("\n")[0]!;
    expect(opening).toMatch(/empty|closed/i);
    expect(opening).toMatch(/^[A-Z][a-z]+ /);
    expect(opening).toMatch(/\[1\]/);
    const quote = log.locator("figure").first();
    expect(await quote.getByRole("link").count()).toBe(1);

    // A follow-up leans on the previous turn: code about recv, highlighted, indentation kept.
    const second = await askChat("show me the code for that", 1);
    expect(await second.textContent()).toMatch(/recv/i);
    const secondPassages = log.getByRole("list", { name: "Cited passages" }).nth(1);
    const code = secondPassages.locator("pre.shiki").first();
    await code.waitFor();
    expect(await code.textContent()).toMatch(/recv/);
    expect(await code.textContent()).toMatch(/\n {4,}\S/);
    expect(await code.locator("span[style*='color']").count()).toBeGreaterThan(3);
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);

    const link = quote.getByRole("link");
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(new RegExp(`^${lesson}#`));
    await link.click();
    // The lesson shows one section at a time: the old #anchor is resolved to its section on the page.
    const cited = page.locator(`[id="${href.split("#")[1]}"]`);
    await cited.waitFor();
    expect(await cited.count()).toBe(1);
    await expect.poll(() => cited.evaluate((h) => h.getBoundingClientRect().top >= 0)).toBe(true);

    // History is kept for this learner: the question is still there on return.
    await page.goto(`${lesson}/chat`);
    await page.getByRole("log").getByText("why would recv give me back nothing?").waitFor();
    expect(await page.getByRole("log").locator("pre.shiki").count()).toBeGreaterThan(0);

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
  });
});

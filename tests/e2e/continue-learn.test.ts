/**
 * "Continue Learn" (issue 14): a Learn round left after its first answer is offered on the home
 * page and as the lesson's Learn entry, with how far it has got, and opens the same round.
 */
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { seriousInBothThemes } from "./themes";

const app = inject("e2e");
const lesson = "/courses/socket-programming/lessons/sockets-overview";

describe.skipIf(app.skip)("Continue Learn", () => {
  const b = fileBrowser();

  it("offers an unfinished round on the home page and the lesson, and resumes it", async () => {
    const { page, errors } = await b.learner("continue-learn", {
      viewport: { width: 1280, height: 900 },
    });
    await page.goto("/");
    await page.getByTestId("primary-action").first().waitFor();
    expect(await page.getByTestId("continue-learn").count()).toBe(0);

    // Opening Learn alone is nothing to continue; one answer is.
    await page.goto(`${lesson}/learn`);
    await page.locator('[data-keys-ready="true"]').waitFor();
    const form = page.locator("form[data-card-id]");
    expect(await form.getAttribute("data-format")).toBe("choice");
    const cardId = (await form.getAttribute("data-card-id"))!;
    const values = await page
      .locator('input[name="learn-choice"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await page.keyboard.press(String(values.indexOf(cardId) + 1));
    await page.keyboard.press("Enter");
    await page.getByText("Correct answer", { exact: true }).waitFor();
    const notSeen = Number(
      (await page.getByTestId("learn-progress").textContent())!.match(/Not seen(\d+)/)![1],
    );

    await page.goto("/");
    const home = page.getByTestId("continue-learn");
    await home.waitFor();
    expect(await home.textContent()).toMatch(
      new RegExp(`Continue Learn: .*Sockets.*\\(0 of ${notSeen + 1} cards mastered\\)`),
    );
    expect(await home.getByRole("link").getAttribute("href")).toBe(`${lesson}/learn`);
    expect(await seriousInBothThemes(page, [1280, 390])).toEqual([]);

    await page.goto(lesson);
    const entry = page
      .getByRole("navigation", { name: "Study modes" })
      .getByTestId("continue-learn");
    expect(await entry.textContent()).toBe(
      `Continue LearnYour round: 0 of ${notSeen + 1} cards mastered`,
    );
    expect(await seriousInBothThemes(page, [1280, 390])).toEqual([]);
    await entry.click();
    await page.waitForURL(`**${lesson}/learn`);
    await page.getByTestId("learn-progress").getByText("Learning1").waitFor();
    expect(errors).toEqual([]);
  });
});

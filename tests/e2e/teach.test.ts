import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { signIn, seriousViolations } from "./session";

const app = inject("e2e");

/**
 * Saves the field with `text` appended and waits for this save's own "Saved as version N": the
 * previous save's message stays on the page, so waiting for any such message let the test move on
 * (and navigate away) before a second save was in, and its version was missing from the history.
 */
async function appendAndSave(page: Page, field: string, text: string, button: string) {
  const box = page.getByLabel(field, { exact: true });
  await box.fill(`${await box.inputValue()}${text}`);
  const saved = () => page.getByText(/Saved as version \d+/).allTextContents();
  const before = await saved();
  await page.getByRole("button", { name: button }).click();
  await expect
    .poll(async () => (await saved()).filter((m) => !before.includes(m)), { timeout: 60_000 })
    .toHaveLength(1);
}

describe.skipIf(app.skip)("an instructor fixes the course in the browser", () => {
  const b = fileBrowser();

  it("fixes a card and an explanation, runs an edited example, restores a revision; a learner sees the fix", async () => {
    const { page, errors } = await b.open();
    await signIn(page, "instructor@recall-lab.local", "teach-sockets-1");
    await page.goto("/teach");
    await page.getByRole("link", { name: "Socket Programming" }).click();
    await page
      .getByRole("link", { name: /Client.Server Model/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 2, name: /Flashcards/ }).waitFor();
    const lessonUrl = page.url();

    // The card's back, with the live preview.
    await page.goto("/teach/flashcards/csm-c03");
    await page.getByTestId("card-back-preview").waitFor();
    await appendAndSave(page, "Back", " Fixed by the instructor.", "Save flashcard");

    // The explanation: a bad save, then restore the good version from history.
    await page.goto("/teach/questions/csm-q03");
    await appendAndSave(page, "Explanation", " Clarified by the instructor.", "Save question");
    await appendAndSave(page, "Explanation", " Oops, a wrong sentence.", "Save question");
    await page.goto("/teach/history/question/csm-q03");
    await page
      .getByRole("button", { name: /Restore version 2$/ })
      .first()
      .click();
    await page.getByText(/Restored as version \d+/).waitFor();

    // Run an edited example in place, without saving it.
    await page.goto("/teach/examples/tcp-uppercase");
    const client = page.getByRole("textbox", { name: "client.py" });
    await client.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\nprint('edited in the browser')");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await expect
      .poll(() => page.getByTestId("run-output").textContent(), { timeout: 60_000 })
      .toContain("edited in the browser");

    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of [
        "/teach",
        lessonUrl,
        "/teach/flashcards/csm-c03",
        "/teach/questions/csm-q03",
        "/teach/history/question/csm-q03",
      ]) {
        await page.goto(path);
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        expect(await seriousViolations(page), `${path} at ${width}px`).toEqual([]);
      }
    }
    expect(errors).toEqual([]);

    const { page: learner } = await b.open();
    await signIn(learner, "learner@recall-lab.local", "learn-sockets-1");
    // The card and the question belong to this section of the lesson.
    await learner.goto(
      "/courses/socket-programming/lessons/client-server-model?section=concurrent-server",
    );
    await learner.getByText("Fixed by the instructor.").waitFor();
    expect(await learner.locator("#question-csm-q03").textContent()).toContain(
      "Clarified by the instructor.",
    );
    expect(await learner.locator("#question-csm-q03").textContent()).not.toContain("Oops");
    await page.goto("/teach");
  });

  it("a question's option text gets a full line on a phone", async () => {
    const { page, errors } = await b.open();
    await signIn(page, "instructor@recall-lab.local", "teach-sockets-1");
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("/teach/questions/csm-q03");
    const option = page.getByLabel("Option 1 text");
    await option.waitFor();
    expect((await option.boundingBox())!.width).toBeGreaterThanOrEqual(200);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

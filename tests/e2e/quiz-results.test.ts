/**
 * The end of a quiz on a phone (390 px) and on a desktop (1280 px, the retry): the results heading
 * is on screen below the sticky header and has focus; a retry of the missed ones says so, and the
 * quiz history lists it as a retry.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { horizontalOverflow } from "./overflow";
import { answerQuestion } from "./quiz-steps";
import { seriousViolations } from "./session";

const app = inject("e2e");
const lesson = "/courses/socket-programming/lessons/cis345-socket-terms";

/** Overflow at 320 and 390 px (null when none), back at 390 px afterwards. */
async function overflowAtPhones(page: Page) {
  const found: Array<string | null> = [];
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    found.push(await horizontalOverflow(page));
  }
  return found;
}

/** The results heading comes below the sticky header, on screen, with focus. */
const headingPlaced = (page: Page) =>
  expect
    .poll(() =>
      page.getByTestId("results-heading").evaluate((h) => {
        const header = document
          .querySelector("body > header, header.sticky")!
          .getBoundingClientRect();
        const box = h.getBoundingClientRect();
        return {
          belowHeader: box.top >= header.bottom,
          onScreen: box.bottom <= window.innerHeight,
          focused: document.activeElement === h,
        };
      }),
    )
    .toEqual({ belowHeader: true, onScreen: true, focused: true });

describe.skipIf(app.skip)("quiz results on a phone", () => {
  const b = fileBrowser();

  it("opens on the score, and a retry of the missed ones is a retry in the history", async () => {
    const { page, errors } = await b.learner("results");
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${lesson}/quiz`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    const total = Number(
      (await page.getByText(/^Question 1 of \d+$/).textContent())!.match(/of (\d+)/)![1],
    );
    for (let i = 1; i <= total; i++) {
      await page.getByText(`Question ${i} of ${total}`).waitFor();
      await answerQuestion(page, b.prisma, i !== 1);
      await page.keyboard.press("Enter");
    }
    await page
      .getByRole("heading", { name: `Your score: ${total - 1} of ${total}`, exact: false })
      .waitFor();
    await headingPlaced(page);
    expect(await seriousViolations(page, [320, 390])).toEqual([]);
    expect(await overflowAtPhones(page)).toEqual([null, null]);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole("button", { name: "Retry the missed ones (1)" }).click();
    await page.getByText("Question 1 of 1").waitFor();
    await answerQuestion(page, b.prisma, true);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Retry of the missed ones: 1 of 1 right" }).waitFor();
    await headingPlaced(page);

    await page.goto("/courses/socket-programming/progress");
    const table = page.getByRole("region", { name: "Quiz scores table" });
    await table.waitFor();
    const rows = await table.locator("tbody tr").allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).not.toContain("retry");
    expect(rows[1]).toContain(
      "CIS 345 Socket Quiz: Terms and the Echo Program · retry of missed questions",
    );
    // The trend line counts the full quiz only.
    expect(
      await page.getByRole("img", { name: /^Quiz scores over time/ }).getAttribute("aria-label"),
    ).toMatch(/^Quiz scores over time: 1 attempt, latest \d+%/);
    expect(await seriousViolations(page, [320, 390])).toEqual([]);
    expect(await overflowAtPhones(page)).toEqual([null, null]);
    expect(errors).toEqual([]);
  });
});

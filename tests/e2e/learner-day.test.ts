import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { answerQuestion } from "./quiz-steps";
import { signUp } from "./session";

const app = inject("e2e");
const lesson = "/courses/socket-programming/lessons/client-server-model";
const text = async (page: Page, id: string) => (await page.getByTestId(id).textContent())?.trim();

/** Issue 3's browser journey, as one learner's day: quiz, flashcards, review, undo, progress. */
describe.skipIf(app.skip)("a learner's day", () => {
  const b = fileBrowser();

  it("signs up, takes a quiz with a wrong answer, studies cards by keyboard, reviews ten, undoes one, and sees it all on the progress page", async () => {
    const { page, errors } = await b.open();
    const email = await signUp(page, "day");

    // A lesson quiz of 20 with the first answer wrong.
    await page.goto(`${lesson}/quiz`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    for (let i = 1; i <= 20; i++) {
      await page.getByText(`Question ${i} of 20`).waitFor();
      await answerQuestion(page, b.prisma, i !== 1);
      await page.keyboard.press("Enter");
    }
    await page.getByRole("heading", { name: "Your score: 19 of 20 (95%)" }).waitFor();

    // Flashcards by keyboard: flip, next, know it.
    await page.goto(`${lesson}/flashcards`);
    await page.getByText("Card 1 of 20").waitFor();
    await page.locator('[data-keys-ready="true"]').waitFor();
    await page.keyboard.press("Space");
    await page.getByTestId("flashcard").getByText("Back", { exact: true }).waitFor();
    await page.keyboard.press("k");
    await page.getByText("Card 2 of 20 · 1 sorted").waitFor();

    // Ten reviews with the keys, then undo the last.
    await page.goto("/review");
    await page.locator('[data-keys-ready="true"]').waitFor();
    for (let i = 1; i <= 10; i++) {
      await page.keyboard.press("Space");
      await page.getByTestId("card-back").waitFor();
      await page.keyboard.press(String((i % 4) + 1));
      await expect.poll(() => text(page, "reviewed-count")).toBe(String(i));
    }
    await page.keyboard.press("z");
    await expect.poll(() => text(page, "reviewed-count")).toBe("9");

    // Progress: the nine reviews today and the quiz score.
    await page.goto("/courses/socket-programming/progress");
    await page
      .getByRole("heading", { level: 1, name: /Your progress in Socket Programming/ })
      .waitFor();
    expect(
      await page.getByRole("img", { name: /^Reviews per day/ }).getAttribute("aria-label"),
    ).toMatch(/: 9 reviews on 1 day/);
    expect(
      await page.getByRole("img", { name: /^Quiz scores over time/ }).getAttribute("aria-label"),
    ).toMatch(/1 attempt, latest 95%/);
    expect(await page.getByTestId("streak").locator("dd").first().textContent()).toBe("1 day");

    // And in the database: the quiz fed the schedule (the miss as Again), the review logs are nine.
    const user = await b.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await b.prisma.reviewLog.count({ where: { userId: user.id, source: "review" } })).toBe(
      9,
    );
    expect(
      await b.prisma.reviewLog.count({ where: { userId: user.id, source: "quiz", rating: 1 } }),
    ).toBe(1);
    expect(
      await b.prisma.reviewLog.count({ where: { userId: user.id, source: "quiz", rating: 3 } }),
    ).toBe(19);
    expect(errors).toEqual([]);
  });
});

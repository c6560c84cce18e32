import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { answerQuestion } from "./quiz-steps";
import { seriousViolations } from "./session";

const app = inject("e2e");
const lesson = "/courses/socket-programming/lessons/lab-socket-programming";

describe.skipIf(app.skip)("Play Quiz and Study Flashcards", () => {
  const b = fileBrowser();

  const answer = (page: Page, right: boolean) => answerQuestion(page, b.prisma, right);

  it("takes a lesson quiz by keyboard, misses one, sees why, and retries it", async () => {
    const { page, errors, email } = await b.learner();
    await page.goto(lesson);
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);

    await page.goto("/courses/socket-programming/quiz");
    await page.getByRole("radio", { name: "10" }).waitFor();
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);
    await page.goto(`${lesson}/quiz`);
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.locator("form[data-question-id]").waitFor();
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);

    const missed = await answer(page, false);
    expect(
      await page.getByRole("link", { name: "Read this in the lesson" }).getAttribute("href"),
    ).toContain(lesson);
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);
    await page.keyboard.press("Enter");
    for (let i = 2; i <= 10; i++) {
      await page.getByText(`Question ${i} of 10`).waitFor();
      await answer(page, true);
      await page.keyboard.press("Enter");
    }
    await page.getByRole("heading", { name: "Your score: 9 of 10 (90%)" }).waitFor();
    await page.getByText(/Time taken: \d+/).waitFor();
    const missedList = page.getByRole("heading", { name: "Missed questions (1)" }).locator("..");
    expect(await missedList.textContent()).toContain(
      missed.prompt.split("\n")[0]!.replace(/[`*]/g, "").slice(0, 30),
    );
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);

    await page.getByRole("button", { name: "Retry the missed ones (1)" }).click();
    await page.getByText("Question 1 of 1").waitFor();
    expect(await page.locator("form[data-question-id]").getAttribute("data-question-id")).toBe(
      missed.id,
    );
    await answer(page, true);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Retry of the missed ones: 1 of 1 right" }).waitFor();

    // Stored server-side: both attempts, eleven answers, and the miss is on the review schedule as Again.
    const user = await b.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(
      await b.prisma.quizAttempt.count({ where: { userId: user.id, finishedAt: { not: null } } }),
    ).toBe(2);
    expect(await b.prisma.quizAnswer.count({ where: { attempt: { userId: user.id } } })).toBe(11);
    const item = await b.prisma.reviewItem.findFirstOrThrow({
      where: { userId: user.id, questionId: missed.id },
      include: { logs: { orderBy: { reviewedAt: "asc" } } },
    });
    expect(item.logs.map((l) => l.rating)).toEqual([1, 3]);
    expect(errors).toEqual([]);
  });

  it("studies flashcards by keyboard: flip, next, star, know it", async () => {
    const { page, errors, email } = await b.learner();
    await page.goto(`${lesson}/flashcards`);
    await page.getByText("Card 1 of 8").waitFor();
    expect(await page.getByRole("heading", { name: "Keyboard shortcuts" }).isVisible()).toBe(true);
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);

    await page.keyboard.press("Space");
    await page.getByTestId("flashcard").getByText("Back", { exact: true }).waitFor();
    await page.keyboard.press("ArrowRight");
    await page.getByText("Card 2 of 8 · 0 sorted").waitFor();
    await page.keyboard.press("*");
    await expect
      .poll(() => page.getByRole("button", { name: "Star" }).getAttribute("aria-pressed"))
      .toBe("true");
    const user = await b.prisma.user.findUniqueOrThrow({ where: { email } });
    await expect.poll(() => b.prisma.flashcardStar.count({ where: { userId: user.id } })).toBe(1);
    await page.keyboard.press("k");
    await page.getByText("Card 3 of 8 · 1 sorted").waitFor();
    // The last card names a runnable example: its back shows the example panel.
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    await page.getByText("Card 8 of 8 · 1 sorted").waitFor();
    await page.keyboard.press("Space");
    await page.getByTestId("flashcard").getByTestId("example-panel").waitFor();
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);

    // The star survives a reload and filters the deck.
    await page.reload();
    await page.getByLabel("Study starred only").check();
    await page.getByText("Card 1 of 1").waitFor();
    await page.keyboard.press("l");
    await page.getByRole("heading", { name: "Session complete" }).waitFor();
    expect(await page.getByText("Still learning:").textContent()).toContain("1");
    await page.getByRole("button", { name: "Study these again" }).click();
    await page.getByText("Card 1 of 1").waitFor();
    expect(errors).toEqual([]);
  });
});

/** Answering the quiz question on screen by keyboard only, right or wrong on purpose. */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export async function answerQuestion(page: Page, prisma: PrismaClient, right: boolean) {
  const form = page.locator("form[data-question-id]");
  await form.waitFor();
  // Keys reach the quiz once it is hydrated (a page loaded straight from the server isn't, at first).
  // The question's own section: the header's theme toggle says data-keys-ready too.
  await page
    .locator('section[aria-labelledby="question-heading"][data-keys-ready="true"]')
    .waitFor();
  const question = await prisma.question.findUniqueOrThrow({
    where: { id: (await form.getAttribute("data-question-id"))! },
    include: { options: true },
  });
  const shown = await page
    .locator('input[name="choice"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  if (shown.length > 0) {
    const rightAt = shown.findIndex((id) => question.options.some((o) => o.id === id && o.correct));
    await page.keyboard.press(String((right ? rightAt : rightAt === 0 ? 1 : 0) + 1));
    await page.keyboard.press("Enter");
  } else {
    await page.getByLabel("Your answer").focus();
    await page.keyboard.type(
      right ? ` ${question.options[0]!.text.toUpperCase()}.` : "not the answer",
    );
    await page.keyboard.press("Enter");
  }
  await page.getByText("Correct answer", { exact: true }).waitFor();
  expect(
    await page
      .getByText(right ? "Right!" : "Not quite.")
      .first()
      .isVisible(),
  ).toBe(true);
  // "What does it print?" shows the real program and its stored run beside the answer.
  if (question.type === "output") await page.getByTestId("example-panel").waitFor();
  return question;
}

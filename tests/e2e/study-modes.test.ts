/** Issue 14 §3 in the browser: the big flashcard, Learn, Match, Test and resuming a quiz, at 1280 and 390 px with axe. */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { horizontalOverflow } from "./overflow";
import { answerQuestion } from "./quiz-steps";
import { seriousViolations } from "./session";

const app = inject("e2e");
const lesson = "/courses/socket-programming/lessons/lab-socket-programming";

describe.skipIf(app.skip)("Flashcards, Learn, Match, Test and quiz resume", () => {
  const b = fileBrowser();

  const userOf = (email: string) => b.prisma.user.findUniqueOrThrow({ where: { email } });
  const plainFront = async (id: string) =>
    (await b.prisma.flashcard.findUniqueOrThrow({ where: { id } })).front.replace(/`/g, "");

  /** Axe at both widths, and nothing wider than a phone at 320 and 390 px. */
  async function checkPage(page: Page) {
    expect(await seriousViolations(page, [1280, 390])).toEqual([]);
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await horizontalOverflow(page), `${width}px`).toBeNull();
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it("every lesson's Learn, Match and Test pages (and the course's Learn) fit a phone, axe clean", async () => {
    const { page, errors } = await b.learner("walk");
    const lessons = await b.prisma.lesson.findMany({
      where: { course: { slug: "socket-programming" }, status: "published", archivedAt: null },
      select: { slug: true },
    });
    const paths = ["/courses/socket-programming/learn"];
    for (const { slug } of lessons)
      for (const mode of ["learn", "match", "test"])
        paths.push(`/courses/socket-programming/lessons/${slug}/${mode}`);
    for (const path of paths) {
      await page.goto(path);
      await page.locator('[data-keys-ready="true"]').first().waitFor();
      if (path.endsWith("/match")) await page.getByRole("button", { name: "Start game" }).click();
      if (path.endsWith("/match")) await page.locator("button[data-tile]").first().waitFor();
      expect(await seriousViolations(page, [390]), path).toEqual([]);
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await horizontalOverflow(page), `${path} at 320 px`).toBeNull();
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    expect(errors).toEqual([]);
  });

  it("flashcards: flip by key and click, swipe by touch, the sort kept after a reload", async () => {
    const { context, page, errors } = await b.learner("deck", { hasTouch: true });
    await page.goto(`${lesson}/flashcards`);
    await page.locator('[data-keys-ready="true"]').waitFor();
    const card = page.getByTestId("flashcard");
    expect(await card.getAttribute("data-flipped")).toBe("false");
    // The card is the page: at least 18rem tall.
    expect((await card.boundingBox())!.height).toBeGreaterThanOrEqual(288);
    await page.keyboard.press("Space");
    await expect.poll(() => card.getAttribute("data-flipped")).toBe("true");
    await card.getByText("Back", { exact: true }).waitFor();
    await card.click({ position: { x: 20, y: 20 } });
    await expect.poll(() => card.getAttribute("data-flipped")).toBe("false");
    // The turn is animated, except under reduced motion.
    const transition = () => card.evaluate((el) => getComputedStyle(el).transitionProperty);
    expect(await transition()).toContain("transform");
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await transition()).toBe("none");
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await checkPage(page);

    // Swipe right (Know it), then left (Still learning), with real touch events.
    const cdp = await context.newCDPSession(page);
    const swipe = async (dx: number) => {
      const box = (await card.boundingBox())!;
      const y = box.y + box.height / 2;
      const x0 = box.x + box.width / 2 - dx / 2;
      const point = (x: number) => [{ x, y, id: 1 }];
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: point(x0) });
      for (let i = 1; i <= 5; i++)
        await cdp.send("Input.dispatchTouchEvent", {
          type: "touchMove",
          touchPoints: point(x0 + (dx * i) / 5),
        });
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    };
    await swipe(200);
    await page.getByText("Card 2 of 8 · 1 sorted").waitFor();
    await swipe(-200);
    await page.getByText("Card 3 of 8 · 2 sorted").waitFor();
    // A swipe is not a flip.
    expect(await card.getAttribute("data-flipped")).toBe("false");

    // Shuffle, then reload: the same order, position and sorting come back.
    await page.getByRole("button", { name: "Shuffle" }).click();
    await page.keyboard.press("ArrowRight");
    await page.getByText("Card 2 of 8 · 2 sorted").waitFor();
    const front = await card.textContent();
    await page.reload();
    await page.locator('[data-keys-ready="true"]').waitFor();
    await page.getByText("Card 2 of 8 · 2 sorted").waitFor();
    expect(await card.textContent()).toBe(front);
    expect(errors).toEqual([]);
  });

  it("Learn: a round to completion by keyboard, a miss coming back, resumed after a reload", async () => {
    const { page, errors, email } = await b.learner("learn");
    await page.goto(`${lesson}/learn`);
    const progress = page.getByTestId("learn-progress");
    await progress.getByText("Not seen8").waitFor();
    await checkPage(page);

    let missed: string | null = null;
    let answers = 0;
    const done = page.getByRole("heading", { name: "Round complete: every card mastered" });
    while (answers < 40) {
      await page.locator("form[data-card-id]").or(done).first().waitFor();
      if (await done.isVisible()) break;
      await page.locator('[data-keys-ready="true"]').waitFor();
      const form = page.locator("form[data-card-id]");
      const cardId = (await form.getAttribute("data-card-id"))!;
      const format = await form.getAttribute("data-format");
      const wrong = missed === null;
      if (format === "choice") {
        const values = await page
          .locator('input[name="learn-choice"]')
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
        const right = values.indexOf(cardId);
        await page.keyboard.press(String((wrong ? (right + 1) % values.length : right) + 1));
        await page.keyboard.press("Enter");
      } else {
        await page.getByLabel("The term").fill(wrong ? "no idea" : await plainFront(cardId));
        await page.getByLabel("The term").press("Enter");
      }
      answers++;
      await page.getByText("Correct answer", { exact: true }).waitFor();
      if (wrong) {
        missed = cardId;
        await page.getByText("Not quite. This card comes back in a moment.").waitFor();
        await checkPage(page);
      }
      // Leave mid-round: the reload shows the question the server had chosen next.
      if (answers === 5) await page.reload();
      else await page.keyboard.press("Enter");
    }
    await page.getByRole("heading", { name: "Round complete: every card mastered" }).waitFor();
    await progress.getByText("Mastered8").waitFor();
    expect(answers).toBe(17);
    await checkPage(page);

    // The first answer to each card went to the review schedule as a quiz answer.
    const user = await userOf(email);
    const logs = await b.prisma.reviewLog.findMany({
      where: { userId: user.id },
      include: { reviewItem: { select: { flashcardId: true } } },
    });
    expect(logs).toHaveLength(8);
    expect(logs.find((l) => l.reviewItem.flashcardId === missed)!.rating).toBe(1);
    expect(errors).toEqual([]);
  });

  it("Match: a round by keyboard, a wrong pair costing a second, the best time stored", async () => {
    const { page, errors, email } = await b.learner("match");
    await page.goto(`${lesson}/match`);
    await page.locator('[data-keys-ready="true"]').waitFor();
    await page.getByText("No best time yet").waitFor();
    await checkPage(page);
    await page.getByRole("button", { name: "Start game" }).focus();
    await page.keyboard.press("Enter");
    await page.locator("button[data-tile]").first().waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-tile")))
      .toBeTruthy();
    await checkPage(page);
    // On a phone the clock stays in view down to the last tile, and a round is about a screen tall.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.locator("button[data-tile]").last().scrollIntoViewIfNeeded();
    const clock = (await page.getByTestId("match-clock").boundingBox())!;
    const headerBottom = await page
      .locator("body > header")
      .evaluate((h) => h.getBoundingClientRect().bottom);
    expect(clock.y).toBeGreaterThanOrEqual(headerBottom - 1);
    expect(clock.y + clock.height).toBeLessThanOrEqual(800);
    const grid = await page
      .locator("button[data-tile]")
      .first()
      .evaluate((t) => t.parentElement!.getBoundingClientRect().height);
    expect(grid).toBeLessThan(1000);
    await page.setViewportSize({ width: 1280, height: 900 });

    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute("data-tile") ?? null);
    /** Arrow keys until the tile `key` has focus (right first, then back left). */
    async function focusTile(key: string) {
      for (const arrow of ["ArrowRight", "ArrowLeft"])
        for (let i = 0; i < 12 && (await focused()) !== key; i++) await page.keyboard.press(arrow);
      expect(await focused()).toBe(key);
    }
    const partnerOf = (key: string) =>
      key.endsWith(":term")
        ? key.replace(/:term$/, ":definition")
        : key.replace(/:definition$/, ":term");

    // A wrong pair first: the first tile, then any tile that isn't its partner.
    const first = (await focused())!;
    await page.keyboard.press("Enter");
    const tiles = await page
      .locator("button[data-tile]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-tile")!));
    await focusTile(tiles.find((t) => t !== first && t !== partnerOf(first))!);
    await page.keyboard.press("Space");
    await page.getByText("penalties +1.0 s").waitFor();

    for (let pair = 0; pair < 6; pair++) {
      await expect.poll(focused).toBeTruthy();
      const key = (await focused())!;
      await page.keyboard.press("Enter");
      await focusTile(partnerOf(key));
      await page.keyboard.press(pair % 2 ? "Space" : "Enter");
      if (pair < 5) await expect.poll(() => page.locator(`[data-tile="${key}"]`).count()).toBe(0);
    }
    const result = page.getByRole("heading", { name: /^New personal best: \d+\.\d s$/ });
    await result.waitFor();
    await checkPage(page);
    const shown = Number((await result.textContent())!.match(/(\d+\.\d) s/)![1]);
    const user = await userOf(email);
    const best = await b.prisma.matchBest.findFirstOrThrow({ where: { userId: user.id } });
    expect(best.bestMs).toBeGreaterThanOrEqual(1000);
    expect(Math.abs(best.bestMs / 1000 - shown)).toBeLessThan(0.06);
    expect(errors).toEqual([]);
  });

  it("Test: chosen types and length, graded with a review of every answer, printable", async () => {
    const { page, errors } = await b.learner("test");
    await page.goto(`${lesson}/test`);
    await page.locator('[data-keys-ready="true"]').waitFor();
    // No type chosen: refused, naming the field.
    for (const box of await page.getByRole("checkbox").all()) await box.uncheck();
    await page.getByRole("button", { name: "Make the test" }).click();
    await page.getByText("Choose at least one question type.").waitFor();
    await checkPage(page);
    await page.getByRole("radio", { name: "5", exact: true }).check();
    for (const name of ["Multiple choice", "True / false", "Typed answer", "Matching"])
      await page.getByRole("checkbox", { name }).check();
    await page.getByRole("button", { name: "Make the test" }).click();
    await page.getByText("5 questions. Answer in any order").waitFor();
    await page.locator('[data-keys-ready="true"]').waitFor();
    await checkPage(page);
    const items = await page
      .locator('input[type="hidden"][name^="item."]')
      .evaluateAll((els) => els.map((e) => JSON.parse((e as HTMLInputElement).value)));
    expect(items).toHaveLength(5);
    // The chosen types take turns: four types in five questions.
    const fromCard: Record<string, string> = {
      "card-choice": "choice",
      "card-tf": "true_false",
      "card-typed": "typed",
      matching: "matching",
    };
    const types = items.map((i) => (i.kind === "question" ? i.type : fromCard[i.kind]));
    expect(new Set(types)).toEqual(new Set(["choice", "true_false", "typed", "matching"]));

    // Printed: no header, footer or buttons; the questions stay.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Grade my test" }).isVisible()).toBe(false);
    expect(await page.getByText("1. ").first().isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });

    // Answer every question right except the first, which is left blank.
    for (const [i, item] of items.entries()) {
      if (i === 0) continue;
      if (item.kind === "matching")
        for (const id of item.cardIds as string[])
          await page.locator(`select[name="pair.${i}.${id}"]`).selectOption(id);
      else if (item.kind === "card-typed")
        await page.locator(`input[name="answer.${i}"]`).fill(await plainFront(item.cardId));
      else if (item.kind === "card-tf")
        await page
          .locator(`input[name="answer.${i}"][value="${item.shownId === item.cardId}"]`)
          .check();
      else if (item.kind === "card-choice")
        await page.locator(`input[name="answer.${i}"][value="${item.cardId}"]`).check();
      else if (item.optionIds.length === 0) {
        const q = await b.prisma.question.findUniqueOrThrow({
          where: { id: item.questionId },
          include: { options: true },
        });
        await page.locator(`input[name="answer.${i}"]`).fill(q.options[0]!.text);
      } else {
        const right = await b.prisma.questionOption.findFirstOrThrow({
          where: { questionId: item.questionId, correct: true, id: { in: item.optionIds } },
        });
        await page.locator(`input[name="answer.${i}"][value="${right.id}"]`).check();
      }
    }
    await page.getByRole("button", { name: "Grade my test" }).click();
    await page.getByRole("heading", { name: "Your score: 4 of 5 (80%)" }).waitFor();
    const review = page.getByRole("list", { name: "Your answers" });
    expect(await review.locator(":scope > li").count()).toBe(5);
    expect(await review.locator(":scope > li").first().textContent()).toContain("No answer");
    expect(await review.getByText("Wrong", { exact: true }).count()).toBe(1);
    await checkPage(page);
    expect(errors).toEqual([]);
  });

  it("quiz: a lesson quiz's length, and an abandoned attempt resumed where it stopped", async () => {
    const { page, errors } = await b.learner("resume");
    await page.goto(`${lesson}/quiz`);
    await page.getByRole("radio", { name: "5", exact: true }).check();
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.getByText("Question 1 of 5").waitFor();
    await answerQuestion(page, b.prisma, true);
    await page.keyboard.press("Enter");
    await page.getByText("Question 2 of 5").waitFor();
    await answerQuestion(page, b.prisma, false);

    // Walk away, come back to the quiz page: resume or start over.
    await page.goto(`${lesson}/quiz`);
    const resume = page.getByRole("link", { name: "Resume (question 3 of 5)" });
    await resume.waitFor();
    await page.getByText("2 of 5 answered.").waitFor();
    expect(await page.getByRole("button", { name: "Start over" }).isVisible()).toBe(true);
    await checkPage(page);
    await resume.click();
    await page.getByText("Question 3 of 5").waitFor();
    await answerQuestion(page, b.prisma, true);
    expect(errors).toEqual([]);
  });
});

import { describe, expect, inject, it } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { addDays, studyDayOf, studyDayStart } from "../../lib/srs/day";
import { fileBrowser } from "./file-browser";
import { seriousViolations } from "./session";

const app = inject("e2e");
const HOUR = 3_600_000;

/** Gives the learner a history: 12 cards rated yesterday and today, quizzes two days ago and today. */
async function giveHistory(prisma: PrismaClient, email: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  const clock = { timeZone: "UTC", dayStartHour: 4 };
  const today = studyDayOf(new Date(), clock);
  const at = (day: number, plusHours: number) =>
    new Date(studyDayStart(addDays(today, day), clock).getTime() + plusHours * HOUR);
  const cards = await prisma.flashcard.findMany({
    where: {
      status: "published",
      archivedAt: null,
      lesson: { course: { slug: "socket-programming" } },
    },
    take: 12,
    select: { id: true },
  });
  for (const [i, card] of cards.entries()) {
    const due = i < 3 ? at(-1, 1) : i < 5 ? at(1, 1) : at(10, 1);
    const lastReview = new Date(due.getTime() - 5 * 24 * HOUR);
    const item = await prisma.reviewItem.create({
      data: {
        userId: user.id,
        flashcardId: card.id,
        due,
        state: 2,
        reps: 2,
        stability: 5,
        difficulty: 5,
        scheduledDays: 5,
        lastReview,
      },
    });
    const reviewedAt = i === 0 ? at(0, 0) : at(-1, 2);
    await prisma.reviewLog.create({
      data: {
        reviewItemId: item.id,
        userId: user.id,
        rating: i < 2 ? 1 : 3,
        stateBefore: 2,
        dueBefore: reviewedAt,
        elapsedDays: 3,
        scheduledDays: 3,
        previous: "{}",
        reviewedAt,
      },
    });
  }
  const question = await prisma.question.findFirstOrThrow({
    where: { lesson: { slug: "client-server-model" } },
    select: { id: true },
  });
  for (const [day, score, total] of [
    [-2, 3, 4],
    [0, 5, 5],
  ] as const) {
    const attempt = await prisma.quizAttempt.create({
      data: {
        userId: user.id,
        courseSlug: "socket-programming",
        lessonSlug: "client-server-model",
        startedAt: at(day, 0),
        finishedAt: at(day, 0),
        score,
        total,
      },
    });
    await prisma.quizAnswer.create({
      data: {
        attemptId: attempt.id,
        questionId: question.id,
        response: "x",
        correct: true,
        timeMs: 800,
        answeredAt: at(day, 0),
      },
    });
  }
}

describe.skipIf(app.skip)("progress page", () => {
  const b = fileBrowser();

  it("shows a new learner's due counts, streak, retention, charts and their tables, accessibly at desktop and phone widths", async () => {
    const { page, errors, email } = await b.learner("progress", {
      viewport: { width: 1280, height: 900 },
    });
    await giveHistory(b.prisma, email);

    await page.getByRole("link", { name: "Progress", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Progress" }).waitFor();
    expect(await page.getByText("3 cards due today · 12 reviews in the last 30 days").count()).toBe(
      1,
    );
    await page.getByRole("link", { name: "Socket Programming" }).click();
    await page
      .getByRole("heading", { level: 1, name: /Your progress in Socket Programming/ })
      .waitFor();

    const value = (id: string) => page.getByTestId(id).locator("dd").first().textContent();
    expect(await value("due-today")).toBe("3");
    expect(await value("due-tomorrow")).toBe("2");
    expect(await value("streak")).toBe("3 days");
    expect(await value("retention")).toBe("83%");
    expect(await page.getByTestId("retention").textContent()).toContain("10 of 12 reviews");

    // Each chart is one labelled image, with its numbers a click away as a table.
    for (const name of [
      /Reviews due over the next 30 days: 12 in all, 3 today/,
      /Reviews per day, last 30 days: 12 reviews on 2 days/,
      /Review heatmap: 12 reviews on 2 days/,
      /Quiz scores over time: 2 attempts, latest 100%/,
    ]) {
      expect(await page.getByRole("img", { name }).count()).toBe(1);
    }
    const forecast = page.getByRole("figure", { name: "Due forecast, next 30 days" });
    await forecast.getByText("Show the numbers as a table").click();
    expect(await forecast.getByRole("table").getByRole("row").count()).toBe(31);
    expect(await forecast.getByRole("row").nth(1).textContent()).toMatch(/3$/);
    await page.getByText("Show reviews by month as a table").click();
    expect(
      await page
        .getByRole("table", { name: "Reviews by month, last 365 days" })
        .getByRole("row")
        .count(),
    ).toBeGreaterThan(12);
    const quizTable = page.getByRole("table", { name: "Finished quiz attempts, oldest first" });
    expect(await quizTable.getByRole("row").allTextContents()).toEqual([
      expect.stringContaining("Percent"),
      expect.stringContaining("75%"),
      expect.stringContaining("100%"),
    ]);

    // Two reviews in the real review session (the overdue cards come first) show up here at once.
    await page.goto("/review?course=socket-programming");
    await page.locator("[data-keys-ready=true]").waitFor();
    for (let i = 0; i < 2; i++) {
      await page.getByRole("button", { name: /Show answer/ }).click();
      await page.getByRole("button", { name: /^Good, next in/ }).click();
      await page.getByRole("button", { name: /Show answer/ }).waitFor();
    }
    const reviewsLabel = async () => {
      await page.goto("/courses/socket-programming/progress");
      return page.getByRole("img", { name: /^Reviews per day/ }).getAttribute("aria-label");
    };
    await expect.poll(reviewsLabel, { timeout: 10_000 }).toMatch(/: 14 reviews on 2 days/);
    expect(await value("due-today")).toBe("1");
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto("/progress");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

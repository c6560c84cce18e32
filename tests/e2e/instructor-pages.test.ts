/**
 * The instructor pages at 1280 and 390 px, axe clean: item analysis grouped by lesson with the
 * confusing question first (and one wrong answer not flagged), the import preview showing each
 * question's options and answer, editing a published card as a draft that learners don't see
 * until it is published, and the instructor bar on one row at 390 and 320 px (its lesser links,
 * Schedule parameters among them, under a "More" that works by keyboard).
 */
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { newPage } from "./browser";
import { fileBrowser } from "./file-browser";
import { horizontalOverflow } from "./overflow";
import { seriousViolations, signIn } from "./session";

const app = inject("e2e");
const WIDTHS = [1280, 390] as const;

describe.skipIf(app.skip)("instructor pages", () => {
  const b = fileBrowser();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await b.newContext();
    const { page } = await newPage(context);
    await signIn(page, "instructor@recall-lab.local", "teach-sockets-1");
    await page.close();
  });

  /** A page of the signed-in instructor, hydrated. */
  async function open(path: string, width: number): Promise<{ page: Page; errors: string[] }> {
    const opened = await newPage(context);
    await opened.page.setViewportSize({ width, height: 900 });
    await opened.page.goto(path);
    return opened;
  }

  it("item analysis: grouped by lesson, the confusing question first with its attempts and interval", async () => {
    const db = b.prisma;
    const learner = await db.user.create({
      data: { email: `analysis-${Date.now()}@e2e.test`, passwordHash: "x" },
    });
    const choice = await db.question.findMany({
      // Questions no other browser test has answered (they share this database): the counts below are ours.
      where: {
        type: "multiple_choice",
        lesson: { course: { slug: "socket-programming" } },
        answers: { none: {} },
      },
      orderBy: [{ lesson: { position: "desc" } }, { position: "asc" }],
      include: { options: { orderBy: { position: "asc" } }, lesson: true },
      take: 2,
    });
    const [confusing, once] = choice as [(typeof choice)[0], (typeof choice)[0]];
    const wrong = (q: typeof confusing) => q.options.find((o) => !o.correct)!;
    const right = (q: typeof confusing) => q.options.find((o) => o.correct)!;
    const answer = async (
      q: typeof confusing,
      option: { id: string; text: string },
      ok: boolean,
    ) => {
      const attempt = await db.quizAttempt.create({
        data: { userId: learner.id, courseSlug: "socket-programming" },
      });
      await db.quizAnswer.create({
        data: {
          attemptId: attempt.id,
          questionId: q.id,
          optionId: option.id,
          response: option.text,
          correct: ok,
          timeMs: 3000,
        },
      });
    };
    for (let i = 0; i < 40; i++)
      await (i < 28
        ? answer(confusing, wrong(confusing), false)
        : answer(confusing, right(confusing), true));
    await answer(once, wrong(once), false);

    for (const width of WIDTHS) {
      const { page, errors } = await open("/teach/analysis?course=socket-programming", width);
      await page.locator('[data-testid="analysis"][data-keys-ready="true"]').waitFor();
      expect(await page.getByLabel("Sort questions").inputValue()).toBe("confusing");
      const groups = page.locator("details[data-testid^=analysis-lesson-]");
      expect(await groups.count()).toBeGreaterThan(1);
      // The lesson with the confusing question comes first and is the one open.
      const first = groups.first();
      expect(await first.getAttribute("data-testid")).toBe(
        `analysis-lesson-${confusing.lesson.slug}`,
      );
      expect(await first.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      const row = first.getByTestId(`analysis-${confusing.id}`);
      await row.getByText("confusing").waitFor();
      await row.getByText(/40 attempts · 30% correct/).waitFor();
      await row.getByText(/95% interval \d+–\d+%/).waitFor();
      expect(
        await first.locator("li[data-testid^=analysis-]").first().getAttribute("data-testid"),
      ).toBe(`analysis-${confusing.id}`);
      // One wrong answer is no evidence: shown, not flagged.
      const single = page.getByTestId(`analysis-${once.id}`);
      await single.getByText(/^1 attempt/).waitFor();
      expect(await single.getByText("confusing").count()).toBe(0);
      // Prompts render as Markdown: no raw fences anywhere.
      expect(await page.locator("main").innerText()).not.toContain("```");
      // Collapsed lessons, and the first few of each kind in an open one, keep the page short (it was 22,000 px tall).
      const height = () => page.evaluate(() => document.documentElement.scrollHeight);
      const short = await height();
      expect(short).toBeLessThan(width === 390 ? 9000 : 5000);
      const more = first.getByRole("button", { name: /^Show all/ });
      if (await more.count()) {
        await more.click();
        await expect.poll(height).toBeGreaterThan(short);
        await first.getByRole("button", { name: /^Show the first/ }).click();
      }
      expect(await horizontalOverflow(page)).toBeNull();
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("the import preview shows each question's options with the answer marked", async () => {
    for (const width of WIDTHS) {
      const { page, errors } = await open("/teach/import", width);
      await page.locator('[data-testid="import-form"][data-keys-ready="true"]').waitFor();
      const stamp = `${Date.now()}-${width}`;
      await page
        .getByLabel("…or paste text")
        .fill(
          `question,options,answer,explanation\nWhich call waits for a client ${stamp}?,bind|listen|accept,accept,accept() blocks until a client connects\n`,
        );
      await page.getByLabel("New lesson title").fill(`Preview ${stamp}`);
      const form = page.getByTestId("import-form");
      await form.getByRole("button", { name: "Preview" }).click();
      const options = page.getByRole("list", { name: "Options" });
      await options.waitFor();
      expect(await options.getByRole("listitem").allInnerTexts()).toEqual([
        "A. bind",
        "B. listen",
        "C. accept — answer",
      ]);
      await page.getByText("Explanation: accept() blocks until a client connects").waitFor();
      expect(await horizontalOverflow(page)).toBeNull();
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("a published card edited as a draft: learners see the old back until Publish, then the new one", async () => {
    const db = b.prisma;
    const card = await db.flashcard.findFirstOrThrow({
      where: {
        status: "published",
        archivedAt: null,
        section: { not: null },
        lesson: { slug: "client-server-model" },
      },
      orderBy: { position: "asc" },
    });
    const learner = await b.learner("draft");
    const learnerSees = async () => {
      // The lesson shows one section at a time, each with its cards.
      await learner.page.goto(
        `/courses/socket-programming/lessons/client-server-model?section=${card.section}`,
      );
      return learner.page.content();
    };
    const fresh = `Drafted back ${Date.now()}`;

    const { page, errors } = await open(`/teach/flashcards/${card.id}`, 390);
    await page.locator('[data-testid="save-panel"][data-keys-ready="true"]').waitFor();
    await page.getByLabel("Back", { exact: true }).fill(fresh);
    await page.getByRole("button", { name: "Save as draft" }).click();
    await page.getByRole("heading", { name: "Draft changes pending" }).waitFor();
    expect(await seriousViolations(page, [...WIDTHS])).toEqual([]);
    expect(await learnerSees()).not.toContain(fresh);

    // The list says so too.
    const list = await open(`/teach/lessons/${card.lessonId}`, 1280);
    await list.page.getByText("draft changes pending").first().waitFor();
    await list.page.close();

    await page.getByRole("button", { name: "Publish the draft" }).click();
    await page
      .getByRole("heading", { name: "Draft changes pending" })
      .waitFor({ state: "detached" });
    await expect
      .poll(async () => (await db.flashcard.findUniqueOrThrow({ where: { id: card.id } })).back)
      .toBe(fresh);
    expect(await learnerSees()).toContain(fresh);
    const revisions = await db.revision.findMany({
      where: { entityType: "flashcard", entityId: card.id },
      orderBy: { version: "desc" },
    });
    expect(revisions[0]).toMatchObject({ reason: "publish" });
    expect(revisions.some((r) => r.snapshot.includes(card.back.slice(0, 20)))).toBe(true);
    expect(errors).toEqual([]);
    expect(learner.errors).toEqual([]);
    await page.close();
  });

  it("the instructor bar is one row at 390 and 320 px, with nothing sticking out", async () => {
    for (const width of [390, 320]) {
      const { page, errors } = await open("/teach", width);
      const nav = page.getByRole("navigation", { name: "Instructor", exact: true });
      await nav.waitFor();
      const tops = await nav
        .locator("li")
        .evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
      expect(new Set(tops).size, `rows at ${width}px`).toBe(1);
      const fits = await nav.evaluate((n) => n.scrollWidth <= n.clientWidth);
      expect(fits, `the bar scrolls at ${width}px`).toBe(true);
      expect(await horizontalOverflow(page)).toBeNull();
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('"More" on the instructor bar: opens by keyboard at 320 px, Escape closes it, its Schedule link goes there', async () => {
    const { page, errors } = await open("/teach", 320);
    const nav = page.getByRole("navigation", { name: "Instructor", exact: true });
    const more = nav.locator("summary");
    await more.waitFor();
    const schedule = nav.getByRole("link", { name: "Schedule parameters" });
    expect(await schedule.isVisible()).toBe(false);
    await more.focus();
    await page.keyboard.press("Enter");
    await schedule.waitFor();
    // Open, it still fits the phone and stays inside the page.
    expect(await horizontalOverflow(page)).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    // Escape closes it (once hydrated) and leaves focus on "More".
    await nav.locator('details[data-hydrated="true"]').waitFor();
    await page.keyboard.press("Escape");
    await schedule.waitFor({ state: "hidden" });
    expect(await more.evaluate((m) => m === document.activeElement)).toBe(true);
    // Space opens it again; Tab reaches its links (Export, then Schedule parameters), Enter follows
    // one, and the menu closes behind.
    await page.keyboard.press(" ");
    await schedule.waitFor();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await schedule.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/teach\/schedule$/);
    await page.getByRole("heading", { name: "Schedule parameters", level: 1 }).waitFor();
    await expect.poll(() => schedule.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * Browser: Browse (search, a lesson filter kept in the address, paging, bulk suspend with undo, the
 * reset confirmation), a cram session that leaves the schedule alone, and typing the answer in review
 * with Anki's character comparison (review's keys don't fire while typing); axe at 1280 and 390 px
 * and nothing wider than the phone.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { typeableAnswer } from "../../lib/srs/type-answer";
import { fileBrowser } from "./file-browser";
import { horizontalOverflow } from "./overflow";
import { seriousViolations } from "./session";

const app = inject("e2e");
const text = async (page: Page, id: string) => (await page.getByTestId(id).textContent())?.trim();
const ready = (page: Page) => page.locator('main [data-keys-ready="true"]').first().waitFor();

async function phoneOverflow(page: Page): Promise<string | null> {
  await page.setViewportSize({ width: 390, height: 900 });
  const found = await horizontalOverflow(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  return found;
}

describe.skipIf(app.skip)("browse, custom study and typing the answer", () => {
  const b = fileBrowser();
  const userOf = (email: string) => b.prisma.user.findUniqueOrThrow({ where: { email } });
  /** A review card of the learner's, due at `due`, last reviewed `days` ago with that interval. */
  const reviewCard = (userId: string, flashcardId: string, due: Date, days: number, lapses = 0) =>
    b.prisma.reviewItem.create({
      data: {
        userId,
        flashcardId,
        state: 2,
        due,
        stability: days,
        difficulty: 5,
        reps: 4,
        lapses,
        scheduledDays: days,
        lastReview: new Date(Date.now() - days * 86_400_000),
      },
    });

  it("browse: search, a lesson filter in the address, pages, bulk suspend, undo, reset asks first", async () => {
    const { page, errors, email } = await b.learner("browse");
    await page.goto("/review/cards");
    await page.getByRole("heading", { name: "Browse cards" }).waitFor();
    const rows = page.getByTestId("browse-row");
    await expect.poll(() => rows.count()).toBe(50);
    await page.getByRole("link", { name: "Next page" }).waitFor();

    // Search for one card's front.
    const card = await b.prisma.flashcard.findFirstOrThrow({
      where: { status: "published", archivedAt: null, front: { not: { contains: "`" } } },
      orderBy: { position: "asc" },
      include: { lesson: true },
    });
    const words = card.front.slice(0, 30);
    await page.getByLabel("Search text").fill(words);
    await page.getByRole("button", { name: "Show cards" }).click();
    await page.waitForURL(/q=/);
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toContain(words);

    // A lesson filter: the address keeps it, a reload too.
    await page.getByLabel("Search text").fill("");
    const lessonFilter = page.locator('select[name="lesson"]');
    await lessonFilter.selectOption(card.lesson.slug);
    await page.getByRole("button", { name: "Show cards" }).click();
    await page.waitForURL(new RegExp(`lesson=${card.lesson.slug}`));
    await page.reload();
    expect(await lessonFilter.inputValue()).toBe(card.lesson.slug);
    const lessonRows = await rows.allTextContents();
    expect(lessonRows.length).toBeGreaterThan(2);
    expect(lessonRows.every((r) => r.includes(card.lesson.title))).toBe(true);

    // Select two, suspend them in one go.
    await ready(page);
    const boxes = page.getByRole("checkbox", { name: /^Select: / });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole("button", { name: "Suspend selected", exact: true }).click();
    await page.getByText("Suspended 2 cards.").waitFor();
    const user = await userOf(email);
    expect(
      await b.prisma.reviewItem.count({ where: { userId: user.id, suspendedAt: { not: null } } }),
    ).toBe(2);
    await page.getByRole("link", { name: "Suspended", exact: true }).click();
    await page.waitForURL(/show=suspended/);
    await expect.poll(() => rows.count()).toBe(2);
    expect(await seriousViolations(page, [1280, 390])).toEqual([]);
    expect(await phoneOverflow(page)).toBeNull();

    // Reset asks first; Cancel changes nothing.
    await ready(page);
    await page.getByRole("button", { name: "Select all on this page" }).click();
    await page.getByRole("button", { name: "Reset selected…" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Reset 2 cards?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });

    // Undo takes the whole suspend back.
    await page.getByRole("button", { name: "Undo last action" }).click();
    await page.getByText(/Undone: your last action \(suspend, 2 cards\)/).waitFor();
    await page.reload();
    await page.getByText("No cards here.").waitFor();
    expect(
      await b.prisma.reviewItem.count({ where: { userId: user.id, suspendedAt: { not: null } } }),
    ).toBe(0);
    expect(errors).toEqual([]);
  });

  it("browse: column headers sort (aria-sort, again the other way), selects on phones, and a row's Unsuspend without the app's JavaScript", async () => {
    const { context, page, errors, email } = await b.learner("browse-sort");
    const user = await userOf(email);
    // Three review cards due today with 1, 5 and 3 lapses, and a suspended one.
    const cards = await b.prisma.flashcard.findMany({
      where: { status: "published", archivedAt: null },
      orderBy: [{ lessonId: "asc" }, { position: "asc" }],
      take: 4,
    });
    const due = new Date(Date.now() - 3_600_000);
    for (const [i, lapses] of [1, 5, 3].entries())
      await reviewCard(user.id, cards[i]!.id, due, 4, lapses);
    const suspended = await b.prisma.reviewItem.create({
      data: { userId: user.id, flashcardId: cards[3]!.id, suspendedAt: new Date(), due },
    });
    const lapsesShown = async () =>
      (await page.getByTestId("browse-row").allTextContents()).map((t) =>
        Number(/Lapses(\d+)/.exec(t)?.[1]),
      );

    await page.goto("/review/cards?show=due");
    await page.getByRole("heading", { name: "Browse cards" }).waitFor();
    const lapses = page.getByTestId("sort-lapses");
    expect(await lapses.getAttribute("aria-sort")).toBeNull();
    expect(await page.getByTestId("sort-lesson").getAttribute("aria-sort")).toBe("ascending");
    // Desktop: the headers sort, the Sort by select is for phones only.
    expect(await page.locator('select[name="sort"]').isVisible()).toBe(false);
    await lapses.getByRole("link").click();
    await page.waitForURL(/sort=lapses/);
    expect(await lapses.getAttribute("aria-sort")).toBe("ascending");
    expect(await page.getByTestId("sort-lesson").getAttribute("aria-sort")).toBeNull();
    expect(await lapsesShown()).toEqual([1, 3, 5]);
    // Again: the other way; by keyboard (the header is an ordinary link).
    await lapses.getByRole("link").focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/sort=lapses&dir=desc/);
    expect(await lapses.getAttribute("aria-sort")).toBe("descending");
    expect(await lapsesShown()).toEqual([5, 3, 1]);
    expect(await seriousViolations(page, [1280, 390])).toEqual([]);
    // Phones: the columns stack, their headers go, and the selects sort (kept from the address).
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await lapses.isVisible()).toBe(false);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe("lapses");
    expect(await page.locator('select[name="dir"]').inputValue()).toBe("desc");
    await page.locator('select[name="sort"]').selectOption("due");
    await page.getByRole("button", { name: "Show cards" }).click();
    await page.waitForURL(/sort=due/);
    expect(await horizontalOverflow(page)).toBeNull();
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);

    // Without the app's JavaScript (same session; its bundles never load, so React never
    // hydrates): the row's Unsuspend is a plain form post. (With JavaScript off altogether the
    // page never shows: /review's loading.tsx streams it in behind an inline script.)
    const plain = await b.newContext({ storageState: await context.storageState() });
    await plain.route(/\/_next\/static\/.*\.js(\?.*)?$/, (route) => route.abort());
    const noScript = await plain.newPage();
    await noScript.goto("/review/cards?show=suspended");
    await noScript.getByRole("button", { name: /^Unsuspend: / }).click();
    await noScript.getByText("Card unsuspended.").waitFor();
    await noScript.getByText("No cards here.").waitFor();
    expect(
      (await b.prisma.reviewItem.findUniqueOrThrow({ where: { id: suspended.id } })).suspendedAt,
    ).toBeNull();
    expect(await noScript.locator('[data-keys-ready="true"]').count()).toBe(0);
    // Undo, also without it, puts the flag back (its message is shown once React runs).
    await noScript.getByRole("button", { name: "Undo last action" }).click();
    await expect
      .poll(
        async () =>
          (await b.prisma.reviewItem.findUniqueOrThrow({ where: { id: suspended.id } }))
            .suspendedAt,
      )
      .not.toBeNull();
    await plain.close();
  });

  it("a cram session from custom study: rated, logged as cram, the card still new", async () => {
    const { page, errors, email } = await b.learner("cram");
    await page.goto("/review");
    await ready(page);
    await page.getByRole("link", { name: "Custom study", exact: true }).click();
    await page.getByRole("heading", { name: "Custom study", level: 1 }).waitFor();
    expect(await seriousViolations(page, [1280, 390])).toEqual([]);
    expect(await phoneOverflow(page)).toBeNull();
    const lesson = await b.prisma.lesson.findFirstOrThrow({
      where: { status: "published" },
      orderBy: { position: "asc" },
    });
    const cram = page.getByRole("region", { name: "Cram a lesson" });
    await cram.getByLabel("Lesson").selectOption(lesson.slug);
    await cram.getByRole("button", { name: "Cram this lesson" }).click();
    await page.waitForURL(/\/review\/custom\/session\?mode=cram/);
    await ready(page);
    expect(await text(page, "custom-mode")).toMatch(/logged as cram/);
    const left = Number(await text(page, "custom-left"));
    expect(left).toBeGreaterThan(1);
    const front = await text(page, "card-front");
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    expect(await seriousViolations(page, [1280, 390])).toEqual([]);
    expect(await phoneOverflow(page)).toBeNull();
    await page.keyboard.press("3");
    await expect.poll(() => text(page, "custom-rated")).toBe("1");
    expect(await text(page, "card-front")).not.toBe(front);
    expect(await text(page, "custom-left")).toBe(String(left - 1));

    const user = await userOf(email);
    const logs = await b.prisma.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs.map((l) => [l.source, l.rating])).toEqual([["cram", 3]]);
    const items = await b.prisma.reviewItem.findMany({ where: { userId: user.id } });
    expect(items.map((i) => [i.state, i.reps])).toEqual([[0, 0]]);

    // Z takes it back: the card is on screen again, nothing logged.
    await page.keyboard.press("z");
    await page.getByText("Undone. The card is back.").waitFor();
    expect(await text(page, "card-front")).toBe(front);
    expect(await b.prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(errors).toEqual([]);
  });

  it("type the answer: an input before the answer (keys don't fire in it), Enter compares like Anki, Again suggested", async () => {
    const { page, errors, email } = await b.learner("typing");
    await page.goto("/settings");
    await ready(page);
    await page.getByLabel("Type the answer before it shows").check();
    await page.getByRole("button", { name: "Save typing option" }).click();
    await page.getByText("Saved: you type the answer").waitFor();

    // A card with a short back, due for review now (so it is the first card shown).
    const cards = await b.prisma.flashcard.findMany({
      where: { status: "published", archivedAt: null },
      orderBy: { position: "asc" },
    });
    const short = cards.find((c) => {
      const a = typeableAnswer(c.back);
      return a !== null && a.length >= 4;
    });
    expect(short).toBeDefined();
    const answer = typeableAnswer(short!.back)!;
    const user = await userOf(email);
    await reviewCard(user.id, short!.id, new Date(Date.now() - 86_400_000), 6);
    await page.goto("/review");
    await ready(page);
    const input = page.getByLabel("Type the answer, then Enter to check");
    await input.waitFor();
    const front = await text(page, "card-front");
    // The first character wrong, then review's own keys (suspend, bury, undo, a rating): typed, not obeyed.
    const wrong = `${answer[0] === "x" ? "y" : "x"}${answer.slice(1)}@-z1`;
    await input.focus();
    await page.keyboard.type(wrong);
    expect(await input.inputValue()).toBe(wrong);
    expect(await text(page, "card-front")).toBe(front);
    expect(await b.prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    await page.keyboard.press("Enter");
    const comparison = page.getByTestId("answer-comparison");
    await comparison.waitFor();
    expect(await comparison.getAttribute("data-exact")).toBe("false");
    const marks = (side: string, mark: string) =>
      page.locator(`[data-testid="compared-${side}"] [data-mark="${mark}"]`).count();
    expect(await marks("typed", "bad")).toBeGreaterThan(0);
    expect(await marks("typed", "good")).toBeGreaterThan(0);
    expect(await marks("expected", "missing")).toBeGreaterThan(0);
    expect(await text(page, "compared-summary")).toMatch(/Again \(1\) is suggested/);
    expect(await page.getByRole("button", { name: /^Again.*suggested$/ }).count()).toBe(1);
    expect(await seriousViolations(page, [1280, 390])).toEqual([]);
    expect(await phoneOverflow(page)).toBeNull();
    // The learner still chooses: Good.
    await page.keyboard.press("3");
    await expect.poll(() => text(page, "reviewed-count")).toBe("1");
    const [log] = await b.prisma.reviewLog.findMany({ where: { userId: user.id } });
    expect([log?.source, log?.rating]).toEqual(["review", 3]);
    expect(errors).toEqual([]);
  });
});

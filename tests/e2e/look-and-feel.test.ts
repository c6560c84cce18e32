/**
 * One visual language in the browser: counts in words ("1 runnable example"), the brand progress
 * bar with its values, and the output panel listing processes in the source files' order.
 */
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { horizontalOverflow } from "./overflow";
import { createLearner, seriousViolations } from "./session";

const app = inject("e2e");
const lesson = "/courses/socket-programming/lessons/client-server-model";

describe.skipIf(app.skip)("look and feel", () => {
  const b = fileBrowser();

  it("says 1 runnable example, runs it with client and server in file order, and shows brand progress bars", async () => {
    const { page, errors } = await b.open();
    await createLearner(page, "looks");
    // The section whose questions use the lesson's example shows its panel.
    await page.goto(`${lesson}?section=explanation-of-server-code`);
    await page.getByText(/· 1 runnable example$/).waitFor();
    expect(await page.getByText(/1 runnable examples/).count()).toBe(0);

    // The panel's processes come in the order the example's files are listed above it.
    const article = page.locator('article[id^="example-"]').first();
    const files = (
      await article.locator(":scope > div > figure > figcaption").allTextContents()
    ).map((t) => t.trim().replace(/\.py$/, ""));
    const panel = article.getByTestId("example-panel");
    await panel.getByRole("button", { name: /^Run/ }).click();
    await expect
      .poll(() => panel.getByTestId("panel-status").textContent(), { timeout: 30_000 })
      .toContain("Finished");
    const shown = await panel
      .locator('[data-testid^="process-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!.replace("process-", "")));
    expect(shown).toEqual(files.filter((f) => shown.includes(f)));
    expect(shown.length).toBeGreaterThan(1);
    // On a phone the processes stack, one above the other, and nothing sticks out.
    await page.setViewportSize({ width: 320, height: 800 });
    const lefts = await panel
      .locator('[data-testid^="process-"]')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    expect(await horizontalOverflow(page)).toBeNull();
    await page.setViewportSize({ width: 1280, height: 800 });

    // The quiz's progress bar: a progressbar with values, filled in the brand colour.
    await page.goto(`${lesson}/quiz`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    const bar = page.getByRole("progressbar", { name: "Quiz progress" });
    await bar.waitFor();
    expect(await bar.getAttribute("aria-valuenow")).toBe("0");
    expect(await bar.getAttribute("aria-valuemax")).toBe("20");
    expect(await page.locator("progress").count()).toBe(0);
    const fill = await bar.locator("div").evaluate((d) => getComputedStyle(d).backgroundColor);
    expect(fill).toBe("rgb(47, 84, 216)"); // --color-brand-600
    expect(await seriousViolations(page, [1280, 390])).toEqual([]);

    await page.goto(`${lesson}/flashcards`);
    const sorted = page.getByRole("progressbar", { name: "Cards sorted" });
    await sorted.waitFor();
    expect(await sorted.getAttribute("aria-valuetext")).toMatch(/^0 of \d+ cards sorted$/);
    expect(errors).toEqual([]);
  });

  it("long lesson titles are short on a phone: breadcrumb and heading, the full title kept", async () => {
    const { page, errors } = await b.open();
    await createLearner(page, "titles");
    await page.setViewportSize({ width: 390, height: 800 });
    const full = "CIS 345 Socket Quiz: Terms and the Echo Program";
    await page.goto("/courses/socket-programming/lessons/cis345-socket-terms/quiz");
    const crumb = page.getByRole("navigation", { name: "Breadcrumb" }).locator(`[title="${full}"]`);
    expect(await crumb.locator('[aria-hidden="true"]').textContent()).toBe(
      "Terms and the Echo Program",
    );
    // Screen readers get the full title, in the breadcrumb and in the heading.
    await page.getByRole("link", { name: full }).waitFor();
    const heading = page.getByRole("heading", { level: 1, name: `Quiz: ${full}` });
    const lines = await heading.evaluate(
      (h) => h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight),
    );
    expect(lines).toBeLessThanOrEqual(2);
    // The lesson's own heading puts the course-ish prefix above, small.
    await page.goto("/courses/socket-programming/lessons/cis345-socket-terms");
    const h1 = page.getByRole("heading", { level: 1 });
    expect((await h1.textContent())?.replace(/\s+/g, " ")).toBe(
      "CIS 345 Socket Quiz: Terms and the Echo Program",
    );
    expect((await h1.boundingBox())!.height).toBeLessThan(120);
    expect(errors).toEqual([]);
  });
});

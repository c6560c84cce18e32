/**
 * One visual language in the browser: counts in words ("1 runnable example"), the brand progress
 * bar with its values, and the output panel listing processes in the source files' order.
 */
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { horizontalOverflow } from "./overflow";
import { createLearner, seriousViolations, signIn } from "./session";

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

  it("on a phone the header is one opaque row, deep links land below it, the drawer shows the current section", async () => {
    const { page, errors } = await b.open();
    await createLearner(page, "header");
    const header = page.locator("body > header");
    const heights = async () => {
      const found: number[] = [];
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 800 });
        found.push((await header.boundingBox())!.height);
      }
      return found;
    };
    await page.goto("/");
    for (const h of await heights()) expect(h).toBeLessThanOrEqual(64);
    // Opaque: nothing shows through (rgb, not rgba).
    expect(await header.evaluate((h) => getComputedStyle(h).backgroundColor)).toMatch(/^rgb\(/);
    // The secondary links are behind the Menu button.
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("link", { name: "Progress" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A chat citation's deep link: the heading lands below the header, not under it.
    await page.goto("/courses/socket-programming/lessons/sockets-overview#sending-all-data");
    const heading = page.locator("#sending-all-data");
    await heading.waitFor();
    await expect
      .poll(async () => {
        const top = (await heading.boundingBox())!.y;
        const bottom = await header.evaluate((h) => h.getBoundingClientRect().bottom);
        return top >= bottom && top < 400;
      })
      .toBe(true);

    // The phone drawer opens on the current section, far down a long list.
    await page.locator("[data-keys-ready=true]").first().waitFor({ state: "attached" });
    await page.getByRole("button", { name: /^Sections/ }).click();
    const list = page.locator("#lesson-section-list");
    const here = list.locator('[aria-current="location"]');
    await expect
      .poll(async () => {
        const box = (await list.boundingBox())!;
        const item = (await here.boundingBox())!;
        return item.y >= box.y && item.y + item.height <= box.y + box.height;
      })
      .toBe(true);
    expect(errors).toEqual([]);

    const teacher = await b.open();
    await signIn(teacher.page, "instructor@recall-lab.local", "teach-sockets-1");
    for (const width of [320, 390]) {
      await teacher.page.setViewportSize({ width, height: 800 });
      expect(
        (await teacher.page.locator("body > header").boundingBox())!.height,
      ).toBeLessThanOrEqual(64);
    }
    expect(teacher.errors).toEqual([]);
  });
});

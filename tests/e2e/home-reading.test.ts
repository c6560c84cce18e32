/**
 * The signed-in home (what to do next) and lessons read one section at a time: the table of
 * contents, previous/next, old `#anchor` links, reading progress kept across reloads, the example
 * at its section, the lesson's DOM size; at 1280 and 390 px, axe clean in the light and dark theme.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { horizontalOverflow } from "./overflow";
import { seriousInBothThemes } from "./themes";

const app = inject("e2e");
const course = "/courses/socket-programming";
const lesson = `${course}/lessons/sockets-overview`;
const DOM_BUDGET = 1500;

/** Scrolls to the end of the section on screen and waits until its dwell has counted it read. */
const readToEnd = async (page: Page, expected: string) => {
  await page.getByTestId("section-end").scrollIntoViewIfNeeded();
  await expect
    .poll(() => page.getByTestId("reading-progress").textContent(), { timeout: 30_000 })
    .toBe(expected);
};
const domSize = (page: Page) => page.evaluate(() => document.querySelectorAll("*").length);
const currentSection = (page: Page) =>
  page
    .getByRole("navigation", { name: "Lesson sections" })
    .locator('a[aria-current="location"]')
    .textContent();

describe.skipIf(app.skip)("what to do next, and reading a lesson", () => {
  const b = fileBrowser();

  it("home: a new learner's figures and one primary button, then where they left off", async () => {
    const { page, errors } = await b.learner("home");
    await page.goto("/");
    const home = page.getByTestId("home-socket-programming");
    await home.waitFor();
    // A brand-new account is welcomed, not welcomed back.
    const greeting = () => page.getByRole("heading", { level: 1 }).textContent();
    expect(await greeting()).toMatch(/^Welcome(,|$)/);
    expect(await home.getByTestId("due-now").textContent()).toBe("0");
    expect(await home.getByTestId("new-left").textContent()).toBe("20");
    expect(await home.getByTestId("streak").textContent()).toMatch(/^0\s*days$/);
    const primary = home.getByTestId("primary-action");
    expect(await primary.textContent()).toBe("Learn new cards");
    expect(await primary.getAttribute("href")).toBe("/review?course=socket-programming");
    expect(await home.getByTestId("continue").count()).toBe(0);
    expect(
      await home.getByTestId("lesson-sockets-overview").getByTestId("mastery").textContent(),
    ).toMatch(/^Mastery 0% · 0 of \d+$/);
    expect(await page.getByText(/memory stability of a week or more/).count()).toBe(1);

    // Read a section to its end; the home page offers it back and counts it.
    await page.goto(`${lesson}?section=tcp-client`);
    await page.getByRole("heading", { level: 2, name: "TCP Client", exact: true }).waitFor();
    await readToEnd(page, "Read 1 of 34 sections");
    await page.goto("/");
    expect(await greeting()).toMatch(/^Welcome back/);
    const cont = home.getByTestId("continue").getByRole("link");
    expect(await cont.getAttribute("href")).toBe(`${lesson}?section=tcp-client`);
    expect(await cont.textContent()).toContain("TCP Client");
    expect(
      await home.getByTestId("lesson-sockets-overview").getByTestId("sections-read").textContent(),
    ).toBe("Read 1 of 34 sections");
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await horizontalOverflow(page)).toBeNull();
    expect(await seriousInBothThemes(page, [1280, 390])).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("a lesson one section at a time: contents, next and previous, progress kept after a reload, DOM under budget", async () => {
    const { page, errors } = await b.learner("reader", { viewport: { width: 1280, height: 900 } });
    await page.goto(lesson);
    const section = page.getByTestId("lesson-section");
    await section.getByRole("heading", { level: 2, name: "TCP Programming Overview" }).waitFor();
    expect(await currentSection(page)).toContain("TCP Programming Overview");
    // Opened is not read: no count and no ✓ on arrival; at its end, after its dwell, it is.
    const toc = page.getByRole("navigation", { name: "Lesson sections" });
    expect(await page.getByTestId("reading-progress").textContent()).toBe("Read 0 of 34 sections");
    expect(await toc.getByRole("link", { name: /\(read\)$/ }).count()).toBe(0);
    await readToEnd(page, "Read 1 of 34 sections");
    await expect.poll(() => toc.getByRole("link", { name: /\(read\)$/ }).count()).toBe(1);
    expect(await currentSection(page)).toContain("TCP Programming Overview");
    // Nothing of the other sections is on the page, and no example panel on this one.
    expect(await section.getByRole("heading", { name: "Sockets in Python" }).count()).toBe(0);
    expect(await page.getByTestId("example-panel").count()).toBe(0);

    await page.getByRole("link", { name: /^Next: Sockets in Python/ }).click();
    await section.getByRole("heading", { level: 2, name: "Sockets in Python" }).waitFor();
    expect(page.url()).toContain("?section=sockets-in-python");
    expect(await currentSection(page)).toContain("Sockets in Python");
    expect(await page.getByTestId("reading-progress").textContent()).toBe("Read 1 of 34 sections");
    await page
      .getByRole("link", { name: /TCP Programming Overview/ })
      .last()
      .click();
    await section.getByRole("heading", { level: 2, name: "TCP Programming Overview" }).waitFor();

    // Kept on the account: a reload still knows the one section read, not the one only opened.
    await page.reload();
    expect(await page.getByTestId("reading-progress").textContent()).toBe("Read 1 of 34 sections");
    expect(await toc.getByRole("link", { name: /\(read\)$/ }).count()).toBe(1);

    // The example's panel sits at the section whose questions use it, beside them.
    await page.goto(`${lesson}?section=tcp-echo-server`);
    const panel = page.locator("#example-echo-recv16").getByTestId("example-panel");
    await panel.waitFor();
    expect(await page.getByRole("heading", { name: /^Check yourself/ }).count()).toBe(1);
    expect(await seriousInBothThemes(page, [1280, 390])).toEqual([]);

    // Every section of the longest lesson stays under the DOM budget.
    const hrefs = await toc
      .getByRole("link")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs).toHaveLength(34);
    let largest = { href: "", nodes: 0 };
    for (const href of hrefs) {
      await page.goto(href);
      await page.getByTestId("lesson-section").waitFor();
      const nodes = await domSize(page);
      if (nodes > largest.nodes) largest = { href, nodes };
    }
    expect(largest.nodes, `largest section ${largest.href}`).toBeLessThan(DOM_BUDGET);
    // Flicking through all 34 sections read none of them.
    await page.reload();
    expect(await page.getByTestId("reading-progress").textContent()).toBe("Read 1 of 34 sections");
    expect(errors).toEqual([]);
  });

  it("old #anchor links open the section holding the heading, scrolled to it", async () => {
    const { page, errors } = await b.learner("anchors", { viewport: { width: 1280, height: 800 } });
    // A `##` heading deep in the lesson, as a chat citation links it.
    await page.goto(`${lesson}#tcp-echo-server`);
    await page.waitForURL(/\?section=tcp-echo-server#tcp-echo-server$/);
    const heading = page.locator("#tcp-echo-server");
    await heading.waitFor();
    await expect
      .poll(() => heading.evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(400);
    // A `###` heading: its `##` section opens, scrolled to the sub-heading.
    const sub = "why-servers-not-clients-are-classified";
    await page.goto(`${course}/lessons/client-server-model#${sub}`);
    await page.waitForURL(new RegExp(`\\?section=concurrent-server#${sub}$`));
    await expect
      .poll(() => page.locator(`#${sub}`).evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(400);
    // The same anchor given as the section: redirected to its section.
    await page.goto(`${course}/lessons/client-server-model?section=${sub}`);
    await page.waitForURL(new RegExp(`\\?section=concurrent-server#${sub}$`));
    expect(errors).toEqual([]);
  });

  it("on a phone the contents are a drawer: closed, opened from the bottom bar, closed after a pick", async () => {
    const { page, errors } = await b.learner("drawer");
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(lesson);
    const toc = page.getByRole("navigation", { name: "Lesson sections" });
    await page
      .locator('nav[aria-label="Lesson sections"][data-keys-ready="true"]')
      .waitFor({ state: "attached" });
    const list = page.locator("#lesson-section-list");
    expect(await list.isVisible()).toBe(false);
    const toggle = toc.getByRole("button", { name: /^Sections · 1 of 34/ });
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await list.getByRole("link", { name: "Port Addressing" }).click();
    await page
      .getByTestId("lesson-section")
      .getByRole("heading", { name: "Port Addressing" })
      .waitFor();
    expect(await list.isVisible()).toBe(false);
    expect(await toc.getByRole("button", { name: /^Sections · 4 of 34/ }).count()).toBe(1);
    expect(await horizontalOverflow(page)).toBeNull();
    expect(errors).toEqual([]);
  });
});

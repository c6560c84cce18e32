/**
 * Dark mode: the system preference is followed, the header's toggle overrides it, and the choice
 * is kept (a cookie signed out, the account signed in, so another browser gets it too) and
 * rendered on <html> by the server, so the first paint is already right.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { seriousViolations, signIn } from "./session";
import { emulateColorScheme, shownTheme } from "./themes";

const app = inject("e2e");
const htmlClass = async (page: Page, path: string) =>
  /<html[^>]*class="([^"]*)"/.exec(await (await page.request.get(path)).text())?.[1] ?? "";

describe.skipIf(app.skip)("the theme", () => {
  const b = fileBrowser();

  it("signed out: follows the system, the toggle overrides it, kept in a cookie and sent in the first byte", async () => {
    const { page, errors } = await b.open();
    await page.goto("/");
    expect(await shownTheme(page)).toBe("light");
    expect(await seriousViolations(page, [1280, 390])).toEqual([]);
    await emulateColorScheme(page, "dark");
    expect(await shownTheme(page)).toBe("dark");
    await emulateColorScheme(page, null);

    const toggle = page.getByRole("button", { name: "Dark theme" });
    await page.locator('[data-testid="theme-toggle"][data-hydrated="true"]').waitFor();
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    expect(await shownTheme(page)).toBe("dark");
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => htmlClass(page, "/signin")).toBe("dark");
    await page.goto("/signin");
    // The choice wins over the system's light, and the dark sign-in page is axe clean.
    await emulateColorScheme(page, "light");
    expect(await shownTheme(page)).toBe("dark");
    expect(await seriousViolations(page, [1280, 390])).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("signed in: kept on the account, so a new browser shows it; light chosen wins over a dark system", async () => {
    const { context: first, page, errors, email } = await b.learner("theme");
    await page.locator('[data-testid="theme-toggle"][data-hydrated="true"]').waitFor();
    await page.getByRole("button", { name: "Dark theme" }).click();
    await expect.poll(() => htmlClass(page, "/progress")).toBe("dark");
    await first.close();

    const other = await b.open();
    await signIn(other.page, email, "sockets-are-fun");
    await other.page.goto("/settings");
    expect(await other.page.evaluate(() => document.documentElement.className)).toBe("dark");
    expect(await shownTheme(other.page)).toBe("dark");
    // Back to light, with the system asking for dark: the choice wins.
    await emulateColorScheme(other.page, "dark");
    await other.page.locator('[data-testid="theme-toggle"][data-hydrated="true"]').waitFor();
    await other.page.getByRole("button", { name: "Dark theme" }).click();
    expect(await shownTheme(other.page)).toBe("light");
    await expect.poll(() => htmlClass(other.page, "/settings")).toBe("light");
    await other.page.reload();
    expect(await shownTheme(other.page)).toBe("light");
    expect([...errors, ...other.errors]).toEqual([]);
  });
});

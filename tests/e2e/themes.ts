/** The light and the dark theme in a browser test: the system preference emulated over CDP, axe in both. */
import type { CDPSession, Page } from "playwright-core";
import { seriousViolations } from "./session";

/** Emulates `prefers-color-scheme` (Emulation.setEmulatedMedia), as a phone in dark mode reports it. */
export async function emulateColorScheme(page: Page, scheme: "light" | "dark" | null) {
  // One session per page, kept open: detaching a CDP session ends its emulation.
  let cdp = sessions.get(page);
  if (!cdp) sessions.set(page, (cdp = await page.context().newCDPSession(page)));
  await cdp.send("Emulation.setEmulatedMedia", {
    features: scheme ? [{ name: "prefers-color-scheme", value: scheme }] : [],
  });
}
const sessions = new WeakMap<Page, CDPSession>();

/** Which theme is showing: app/theme-dark.css sets color-scheme with it. */
export const shownTheme = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);

/** Serious axe violations in the light theme and then the dark one (system preference), at each width. */
export async function seriousInBothThemes(page: Page, widths: number[] = []): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ["light", "dark"] as const) {
    await emulateColorScheme(page, scheme);
    const shown = await shownTheme(page);
    if (shown !== scheme) found.push(`${scheme}: the page shows ${shown}`);
    found.push(...(await seriousViolations(page, widths)).map((v) => `${scheme} ${v}`));
  }
  await emulateColorScheme(page, null);
  return found;
}

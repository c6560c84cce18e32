/** Debian's Chromium driven by playwright-core, with the flags this machine needs. */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Why browser tests can't run here, or null when they can. */
export function browserSkipReason(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
}

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * A Chromium of the test file's own. Not one shared browser (launchServer + connect, 0.1-0.4 s instead
 * of 1.4-2.3 s a file): a remote browser's downloads have no local path (download.path() throws).
 */
export async function launchBrowser(): Promise<Browser> {
  // playwright gives every launch a fresh temporary profile (user data dir) of its own.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** A page that records console errors and failed requests, so a test can assert there were none. */
export async function newPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return { page, errors };
}

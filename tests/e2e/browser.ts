/** Debian's Chromium driven by playwright-core, with the flags this machine needs. */
import { existsSync } from "node:fs";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserServer,
  type Page,
} from "playwright-core";

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

/** Set by the browser tests' global setup: its one Chromium, which every test file connects to. */
export const SHARED_BROWSER = "RECALL_LAB_E2E_BROWSER";

/** The Chromium every browser test file shares (launched by global-setup.ts). */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * A browser for one test file: a connection to the shared Chromium when the global setup started
 * one (0.1-0.4 s, against 1.4-2.3 s to launch and 0.5-0.7 s to close one a file; decision 0020),
 * else a Chromium of its own. Each context is a fresh profile either way; close() ends this file's
 * contexts. A remote browser's downloads have no local path: read them with file-browser.ts downloaded().
 */
export async function launchBrowser(): Promise<Browser> {
  const shared = process.env[SHARED_BROWSER];
  if (shared) return chromium.connect(shared);
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

/**
 * What most browser test files set up first: one Chromium for the file and a client on the app's
 * database, both closed after the file's last test.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { createPrisma } from "../../lib/db";
import { launchBrowser } from "./browser";

export function fileBrowser() {
  const app = inject("e2e");
  const prisma = app.skip ? null : createPrisma(app.databaseUrl);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await prisma?.$disconnect();
  });
  return {
    get browser(): Browser {
      return browser!;
    },
    /** The app's database (null when browser tests skip: nothing reads it then). */
    get prisma() {
      return prisma!;
    },
    /** A fresh context (its own cookies) on the app. */
    newContext: () => browser!.newContext({ baseURL: app.baseURL }),
  };
}

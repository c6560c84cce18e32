/**
 * What every browser test file sets up first: a browser for the file and a client on the app's
 * database, both closed after the file's last test; pages in fresh contexts, signed in or not.
 */
import type { Browser, BrowserContextOptions, Download } from "playwright-core";
import { afterAll, beforeAll, inject, onTestFinished } from "vitest";
import { createPrisma } from "../../lib/db";
import { launchBrowser, newPage } from "./browser";
import { createLearner } from "./session";

export function fileBrowser() {
  const app = inject("e2e");
  const prisma = app.skip ? null : createPrisma(app.databaseUrl);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    // Closing a connection to the shared browser closes the contexts this file made in it.
    await browser?.close();
    await prisma?.$disconnect();
  });
  /** A fresh context (its own cookies) on the app. */
  const newContext = (options: BrowserContextOptions = {}) =>
    browser!.newContext({ baseURL: app.baseURL, ...options });
  /**
   * A page in a fresh context that records console errors (browser.ts newPage), closed when the
   * test that opened it finishes. Not in describe.concurrent (vitest could not tell whose test it is).
   */
  const open = async (options: BrowserContextOptions = {}) => {
    const context = await newContext(options);
    onTestFinished(() => context.close());
    return { context, ...(await newPage(context)) };
  };
  return {
    get browser(): Browser {
      return browser!;
    },
    /** The app's database (null when browser tests skip: nothing reads it then). */
    get prisma() {
      return prisma!;
    },
    newContext,
    open,
    /** open(), signed in as a brand-new learner made in the database (session.ts createLearner). */
    async learner(prefix?: string, options?: BrowserContextOptions) {
      const opened = await open(options);
      const email = await createLearner(opened.page, prefix, prisma!);
      return { ...opened, email };
    },
  };
}

/** A download's bytes, also from the shared browser (a remote one: download.path() throws there). */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

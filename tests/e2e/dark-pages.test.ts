/**
 * One page of each kind a learner and an instructor can reach, in the dark theme (the system
 * preference, emulated over CDP): axe finds no serious problem, contrast included. Every lesson's
 * reading page is here (their content differs: code, tables, callouts); the pages that are the
 * same component with another lesson's cards or questions are walked for one lesson, as is the
 * lesson editor (decision 0020). The light theme is walked over every page by phone-widths.test.ts.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { createLearner, seriousViolations, signIn } from "./session";
import { emulateColorScheme, shownTheme } from "./themes";
import { course, lessons, teachPages, teachPath, walkTabs } from "./walks";

const app = inject("e2e");
/** The lesson whose flashcards, quiz, chat and podcast pages (and editor) stand for every lesson's. */
const sample = "sockets-overview";

/** Serious axe problems on the page in the dark theme, named by page. */
async function darkProblems(page: Page, path: string): Promise<string[]> {
  await emulateColorScheme(page, "dark");
  await page.goto(path);
  await page.locator("main").waitFor();
  const found: string[] = [];
  const theme = await shownTheme(page);
  if (theme !== "dark") found.push(`${path} shows the ${theme} theme`);
  for (const v of await seriousViolations(page)) found.push(`${path} ${v}`);
  return found;
}

describe.skipIf(app.skip)("a page of each kind in the dark theme", () => {
  const b = fileBrowser();

  describe("signed out", () => {
    it.each(["/", "/signin", "/signup"])("%s", async (path) => {
      const { page, errors } = await b.open();
      expect(await darkProblems(page, path)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  describe.concurrent("a learner", () => {
    const pages = walkTabs(b, (page) => createLearner(page, "dark", b.prisma));
    const at = (slug: string) => `${course}/lessons/${slug}`;
    const paths = [
      "/",
      course,
      `${course}/quiz`,
      `${course}/chat`,
      `${course}/progress`,
      ...lessons.map(at),
      ...["flashcards", "quiz", "chat", "podcast"].map((mode) => `${at(sample)}/${mode}`),
      `${at(sample)}?section=tcp-echo-server`,
      "/review",
      "/review/cards",
      "/progress",
      "/settings",
    ];
    it.for(paths)("%s", async (path, { expect }) => {
      expect(await pages.use((page) => darkProblems(page, path))).toEqual([]);
      expect(pages.errors()).toEqual([]);
    });
  });

  describe.concurrent("an instructor", () => {
    const pages = walkTabs(b, (page) =>
      signIn(page, "instructor@recall-lab.local", "teach-sockets-1"),
    );
    const paths = teachPages([sample], lessons[0]!);
    it.for(paths)("%s", async ([, pathOf], { expect }) => {
      const path = await teachPath(b.prisma, pathOf);
      expect(await pages.use((page) => darkProblems(page, path))).toEqual([]);
      expect(pages.errors()).toEqual([]);
    });
  });
});

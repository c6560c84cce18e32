/**
 * One page of each kind a learner and an instructor can reach, in the dark theme (the system
 * preference, emulated over CDP): axe finds no serious problem, contrast included. Every lesson's
 * reading page is here (their content differs: code, tables, callouts); the pages that are the
 * same component with another lesson's cards or questions are walked for one lesson, as is the
 * lesson editor (decision 0020). The light theme is walked over every page by phone-widths.test.ts.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newPage } from "./browser";
import { fileBrowser } from "./file-browser";
import { createLearner, seriousViolations, signIn } from "./session";
import { tabs, type Tabs } from "./tabs";
import { emulateColorScheme, shownTheme } from "./themes";

const app = inject("e2e");
const course = "/courses/socket-programming";
const lessons = [
  "client-server-model",
  "sockets-overview",
  "lab-socket-programming",
  "tcp-udp-socket-programming",
  "cis345-socket-terms",
];
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
      const { page, errors } = await newPage(await b.newContext());
      expect(await darkProblems(page, path)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });

  describe.concurrent("a learner", () => {
    let context: BrowserContext;
    let pages: Tabs;
    beforeAll(async () => {
      context = await b.newContext();
      pages = await tabs(context, 2);
      await pages.use((page) => createLearner(page, "dark"));
    });
    afterAll(async () => {
      await context?.close();
    });
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
    let context: BrowserContext;
    let pages: Tabs;
    beforeAll(async () => {
      context = await b.newContext();
      pages = await tabs(context, 2);
      await pages.use((page) => signIn(page, "instructor@recall-lab.local", "teach-sockets-1"));
    });
    afterAll(async () => {
      await context?.close();
    });
    /** Paths with database ids, looked up when the test runs. */
    const ids = async () => {
      const c = await b.prisma.course.findFirstOrThrow({
        where: { slug: "socket-programming" },
        select: { id: true, lessons: { select: { id: true, slug: true } } },
      });
      return { course: c.id, lesson: (slug: string) => c.lessons.find((l) => l.slug === slug)!.id };
    };
    const paths: Array<[string, (x: Awaited<ReturnType<typeof ids>>) => string]> = [
      ["teach home", () => "/teach"],
      ["course editor", (x) => `/teach/courses/${x.course}`],
      ["new course", () => "/teach/courses/new"],
      ["lesson editor", (x) => `/teach/lessons/${x.lesson(sample)}`],
      ["lesson preview", (x) => `/teach/lessons/${x.lesson(lessons[0]!)}/preview`],
      ["question editor", () => "/teach/questions/csm-q03"],
      ["flashcard editor", () => "/teach/flashcards/csm-c03"],
      ["example editor", () => "/teach/examples/cis345-echo-fixed"],
      ["history", () => "/teach/history/question/csm-q03"],
      ["import", () => "/teach/import"],
      ["export", () => "/teach/export"],
      ["analysis", () => "/teach/analysis"],
    ];
    it.for(paths)("%s", async ([, pathOf], { expect }) => {
      const path = pathOf(await ids());
      expect(await pages.use((page) => darkProblems(page, path))).toEqual([]);
      expect(pages.errors()).toEqual([]);
    });
  });
});

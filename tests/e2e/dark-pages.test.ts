/**
 * Every page a learner and an instructor can reach, in the dark theme (the system preference,
 * emulated over CDP): axe finds no serious problem, contrast included. The light theme is walked
 * by phone-widths.test.ts.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrisma } from "../../lib/db";
import { launchBrowser, newPage } from "./browser";
import { createLearner, seriousViolations, signIn } from "./session";
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

describe.skipIf(app.skip)("every page in the dark theme", () => {
  let browser: Browser;
  const prisma = app.skip ? null : createPrisma(app.databaseUrl);
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await prisma?.$disconnect();
  });

  describe("signed out", () => {
    it.each(["/", "/signin", "/signup"])("%s", async (path) => {
      const { page, errors } = await newPage(await browser.newContext({ baseURL: app.baseURL }));
      expect(await darkProblems(page, path)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });

  describe("a learner", () => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      ({ page, errors } = await newPage(await browser.newContext({ baseURL: app.baseURL })));
      await createLearner(page, "dark");
    });
    afterAll(async () => {
      await page?.context().close();
    });
    const paths = ["/", course, `${course}/quiz`, `${course}/chat`, `${course}/progress`];
    for (const slug of lessons) {
      const at = `${course}/lessons/${slug}`;
      paths.push(at, `${at}/flashcards`, `${at}/quiz`, `${at}/chat`, `${at}/podcast`);
    }
    paths.push(
      `${course}/lessons/sockets-overview?section=tcp-echo-server`,
      "/review",
      "/review/cards",
      "/progress",
      "/settings",
    );
    it.each(paths)("%s", async (path) => {
      expect(await darkProblems(page, path)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  describe("an instructor", () => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      ({ page, errors } = await newPage(await browser.newContext({ baseURL: app.baseURL })));
      await signIn(page, "instructor@recall-lab.local", "teach-sockets-1");
    });
    afterAll(async () => {
      await page?.context().close();
    });
    /** Paths with database ids, looked up when the test runs. */
    const lessonIds = async () =>
      (
        await prisma!.course.findFirstOrThrow({
          where: { slug: "socket-programming" },
          select: { id: true, lessons: { orderBy: { position: "asc" }, select: { id: true } } },
        })
      ).lessons.map((l) => l.id);
    const courseId = async () =>
      (await prisma!.course.findFirstOrThrow({ where: { slug: "socket-programming" } })).id;
    const paths: Array<[string, () => Promise<string>]> = [
      ["teach home", async () => "/teach"],
      ["course editor", async () => `/teach/courses/${await courseId()}`],
      ["new course", async () => "/teach/courses/new"],
      ...lessons.map((slug, i): [string, () => Promise<string>] => [
        `lesson editor ${slug}`,
        async () => `/teach/lessons/${(await lessonIds())[i]}`,
      ]),
      ["lesson preview", async () => `/teach/lessons/${(await lessonIds())[0]}/preview`],
      ["question editor", async () => "/teach/questions/csm-q03"],
      ["flashcard editor", async () => "/teach/flashcards/csm-c03"],
      ["example editor", async () => "/teach/examples/cis345-echo-fixed"],
      ["history", async () => "/teach/history/question/csm-q03"],
      ["import", async () => "/teach/import"],
      ["export", async () => "/teach/export"],
      ["analysis", async () => "/teach/analysis"],
    ];
    it.each(paths)("%s", async (_label, pathOf) => {
      expect(await darkProblems(page, await pathOf())).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

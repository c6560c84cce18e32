/**
 * Every page a learner and an instructor can reach, at 320 and 390 px: nothing wider than the
 * screen (a failure names the page and the widest element), and axe clean at 320 px (the other
 * widths' axe runs are in each feature's own test; one here per page halves the walk's time).
 * Two tabs walk each role's pages at once: the server renders one while the browser checks the other.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newPage } from "./browser";
import { fileBrowser } from "./file-browser";
import { horizontalOverflow } from "./overflow";
import { answerQuestion } from "./quiz-steps";
import { createLearner, seriousViolations, signIn } from "./session";
import { tabs, type Tabs } from "./tabs";

const app = inject("e2e");
const course = "/courses/socket-programming";
const lessons = [
  "client-server-model",
  "sockets-overview",
  "lab-socket-programming",
  "tcp-udp-socket-programming",
  "cis345-socket-terms",
];
const WIDTHS = [320, 390];
const AXE_WIDTH = 320;

/** Each width's overflow, and serious axe problems at AXE_WIDTH, on the page as it is. */
async function problemsHere(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await horizontalOverflow(page);
    if (overflow) found.push(`${label} at ${width}px overflows: ${overflow}`);
    if (width !== AXE_WIDTH) continue;
    for (const v of await seriousViolations(page)) found.push(`${label} at ${width}px axe ${v}`);
  }
  return found;
}

async function problemsAt(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await page.locator("main, form").first().waitFor();
  return problemsHere(page, path);
}

describe.skipIf(app.skip)("every page fits a phone", () => {
  const b = fileBrowser();

  describe("signed out", () => {
    it.each(["/signin", "/signup"])("%s", async (path) => {
      const { page } = await newPage(await b.newContext());
      expect(await problemsAt(page, path)).toEqual([]);
      await page.context().close();
    });
  });

  describe.concurrent("a learner", () => {
    let context: BrowserContext;
    let pages: Tabs;
    beforeAll(async () => {
      context = await b.newContext();
      pages = await tabs(context, 2);
      await pages.use((page) => createLearner(page, "phone"));
    });
    afterAll(async () => {
      await context?.close();
    });

    const paths = ["/", course, `${course}/quiz`, `${course}/chat`, `${course}/progress`];
    for (const slug of lessons) {
      const at = `${course}/lessons/${slug}`;
      paths.push(at, `${at}/flashcards`, `${at}/quiz`, `${at}/chat`, `${at}/podcast`);
    }
    paths.push("/review", "/progress", "/settings");
    it.for(paths)("%s", async (path, { expect }) => {
      expect(await pages.use((page) => problemsAt(page, path))).toEqual([]);
      expect(pages.errors()).toEqual([]);
    });

    it("a quiz attempt: a question, its feedback, and the results", async ({ expect }) => {
      const found = await pages.use(async (page) => {
        await page.goto(`${course}/lessons/${lessons[4]}/quiz`);
        await page.getByRole("button", { name: "Start quiz" }).click();
        await page.locator("form[data-question-id]").waitFor();
        const found = await problemsHere(page, "quiz question");
        await page.setViewportSize({ width: 390, height: 800 });
        await answerQuestion(page, b.prisma, false);
        return [...found, ...(await problemsHere(page, "quiz feedback"))];
      });
      expect(found).toEqual([]);
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
      ...lessons.map((slug): [string, (x: Awaited<ReturnType<typeof ids>>) => string] => [
        `lesson editor ${slug}`,
        (x) => `/teach/lessons/${x.lesson(slug)}`,
      ]),
      ["lesson preview", (x) => `/teach/lessons/${x.lesson(lessons[4]!)}/preview`],
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
      expect(await pages.use((page) => problemsAt(page, path))).toEqual([]);
      expect(pages.errors()).toEqual([]);
    });
  });
});

/**
 * Every page a learner and an instructor can reach, at 320 and 390 px: nothing wider than the
 * screen (a failure names the page and the widest element), and axe clean at both widths.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrisma } from "../../lib/db";
import { launchBrowser, newPage } from "./browser";
import { horizontalOverflow } from "./overflow";
import { answerQuestion } from "./quiz-steps";
import { createLearner, seriousViolations, signIn } from "./session";

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

/** Each width's overflow and serious axe problems on the page as it is, as readable lines. */
async function problemsHere(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await horizontalOverflow(page);
    if (overflow) found.push(`${label} at ${width}px overflows: ${overflow}`);
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
    it.each(["/signin", "/signup"])("%s", async (path) => {
      const { page } = await newPage(await browser.newContext({ baseURL: app.baseURL }));
      expect(await problemsAt(page, path)).toEqual([]);
      await page.context().close();
    });
  });

  describe("a learner", () => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      ({ page, errors } = await newPage(await browser.newContext({ baseURL: app.baseURL })));
      await createLearner(page, "phone");
    });
    afterAll(async () => {
      await page?.context().close();
    });

    const paths = ["/", course, `${course}/quiz`, `${course}/chat`, `${course}/progress`];
    for (const slug of lessons) {
      const at = `${course}/lessons/${slug}`;
      paths.push(at, `${at}/flashcards`, `${at}/quiz`, `${at}/chat`, `${at}/podcast`);
    }
    paths.push("/review", "/progress", "/settings");
    it.each(paths)("%s", async (path) => {
      expect(await problemsAt(page, path)).toEqual([]);
      expect(errors).toEqual([]);
    });

    it("a quiz attempt: a question, its feedback, and the results", async () => {
      await page.goto(`${course}/lessons/${lessons[4]}/quiz`);
      await page.getByRole("button", { name: "Start quiz" }).click();
      await page.locator("form[data-question-id]").waitFor();
      const found = await problemsHere(page, "quiz question");
      await page.setViewportSize({ width: 390, height: 800 });
      await answerQuestion(page, prisma!, false);
      found.push(...(await problemsHere(page, "quiz feedback")));
      expect(found).toEqual([]);
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
    const ids = async () => {
      const c = await prisma!.course.findFirstOrThrow({
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
    it.each(paths)("%s", async (_label, pathOf) => {
      expect(await problemsAt(page, pathOf(await ids()))).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

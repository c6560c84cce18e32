/**
 * Every page a learner and an instructor can reach, at 320 and 390 px: nothing wider than the
 * screen (a failure names the page and the widest element), and axe clean at both widths.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrisma } from "../../lib/db";
import { launchBrowser, newPage } from "./browser";
import { answerQuestion } from "./quiz-steps";
import { createLearner, seriousViolations, signIn } from "./session";
import { horizontalOverflow } from "./overflow";

const app = inject("e2e");
const course = "/courses/socket-programming";
const WIDTHS = [320, 390];

/** Each width's overflow and serious axe problems on the page at `path`, as readable lines. */
async function problemsAt(page: Page, path: string): Promise<string[]> {
  if (page.url() !== new URL(path, app.baseURL).href)
    await page.goto(path, { waitUntil: "networkidle" });
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await horizontalOverflow(page);
    if (overflow) found.push(`${path} at ${width}px overflows: ${overflow}`);
    for (const v of await seriousViolations(page)) found.push(`${path} at ${width}px axe ${v}`);
  }
  return found;
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

  it("signed out: sign-in and sign-up", async () => {
    const { page } = await newPage(await browser.newContext({ baseURL: app.baseURL }));
    const found: string[] = [];
    for (const path of ["/signin", "/signup"]) found.push(...(await problemsAt(page, path)));
    expect(found).toEqual([]);
  });

  it("a learner's pages: home, course, every lesson and its study pages, quiz, review, progress, settings", async () => {
    const { page, errors } = await newPage(await browser.newContext({ baseURL: app.baseURL }));
    await createLearner(page, "phone");
    const lessons = await prisma!.lesson.findMany({
      select: { slug: true },
      orderBy: { slug: "asc" },
    });
    const found: string[] = [];
    const paths = ["/", course, `${course}/quiz`, `${course}/chat`, `${course}/progress`];
    for (const { slug } of lessons) {
      const at = `${course}/lessons/${slug}`;
      paths.push(at, `${at}/flashcards`, `${at}/quiz`, `${at}/chat`, `${at}/podcast`);
    }
    paths.push("/review", "/progress", "/settings");
    for (const path of paths) found.push(...(await problemsAt(page, path)));

    // A quiz attempt: a question, its feedback, and the results page.
    const quiz = `${course}/lessons/${lessons[0]!.slug}/quiz`;
    await page.goto(quiz);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.locator("form[data-question-id]").waitFor();
    found.push(...(await problemsAt(page, new URL(page.url()).pathname)));
    await answerQuestion(page, prisma!, false);
    found.push(...(await problemsAt(page, new URL(page.url()).pathname)));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("an instructor's pages: teach home, course, lesson, editors, history, import, export, analysis", async () => {
    const { page, errors } = await newPage(await browser.newContext({ baseURL: app.baseURL }));
    await signIn(page, "instructor@recall-lab.local", "teach-sockets-1");
    const courseRow = await prisma!.course.findFirstOrThrow({
      where: { slug: "socket-programming" },
      select: { id: true, lessons: { select: { id: true }, orderBy: { slug: "asc" } } },
    });
    const question = await prisma!.question.findFirstOrThrow({ select: { id: true } });
    const card = await prisma!.flashcard.findFirstOrThrow({ select: { id: true } });
    const example = await prisma!.example.findFirstOrThrow({ select: { id: true } });
    const paths = [
      "/teach",
      `/teach/courses/${courseRow.id}`,
      "/teach/courses/new",
      ...courseRow.lessons.map((l) => `/teach/lessons/${l.id}`),
      `/teach/lessons/${courseRow.lessons.at(-1)!.id}/preview`,
      `/teach/questions/${question.id}`,
      `/teach/flashcards/${card.id}`,
      `/teach/examples/${example.id}`,
      `/teach/history/question/${question.id}`,
      "/teach/import",
      "/teach/export",
      "/teach/analysis",
    ];
    const found: string[] = [];
    for (const path of paths) found.push(...(await problemsAt(page, path)));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
});

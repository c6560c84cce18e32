/**
 * Every page a learner and an instructor can reach, at 320 and 390 px: nothing wider than the
 * screen (a failure names the page and the widest element), and axe clean at 320 px (the other
 * widths' axe runs are in each feature's own test; one here per page halves the walk's time).
 * Overflow depends on the text, so every lesson's pages are measured; axe runs on every reading
 * page and on one lesson's flashcards, quiz, chat, podcast and editor, which are the same
 * components with another lesson's cards (as dark-pages.test.ts does; decision 0020).
 * Two tabs walk each role's pages at once: the server renders one while the browser checks the other.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { horizontalOverflow } from "./overflow";
import { answerQuestion } from "./quiz-steps";
import { createLearner, seriousViolations, signIn } from "./session";
import { course, lessons, teachPages, teachPath, walkTabs } from "./walks";

const app = inject("e2e");
const WIDTHS = [320, 390];
const AXE_WIDTH = 320;

/** The lesson whose flashcards, quiz, chat and podcast pages (and editor) axe checks for every lesson's. */
const sample = "sockets-overview";

/** Each width's overflow, and serious axe problems at AXE_WIDTH (unless `axe` is false), on the page as it is. */
async function problemsHere(page: Page, label: string, axe = true): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await horizontalOverflow(page);
    if (overflow) found.push(`${label} at ${width}px overflows: ${overflow}`);
    if (width !== AXE_WIDTH || !axe) continue;
    for (const v of await seriousViolations(page)) found.push(`${label} at ${width}px axe ${v}`);
  }
  return found;
}

async function problemsAt(page: Page, path: string, axe = true): Promise<string[]> {
  await page.goto(path);
  await page.locator("main, form").first().waitFor();
  return problemsHere(page, path, axe);
}

/** Not the sample lesson's: the same component as the sample's page (axe skips it). */
const sameAsSample = (path: string) =>
  lessons.some(
    (slug) =>
      slug !== sample && new RegExp(`/lessons/${slug}/(flashcards|quiz|chat|podcast)$`).test(path),
  );

describe.skipIf(app.skip)("every page fits a phone", () => {
  const b = fileBrowser();

  describe("signed out", () => {
    it.each(["/signin", "/signup"])("%s", async (path) => {
      const { page } = await b.open();
      expect(await problemsAt(page, path)).toEqual([]);
    });
  });

  describe.concurrent("a learner", () => {
    const pages = walkTabs(b, (page) => createLearner(page, "phone", b.prisma));

    const paths = ["/", course, `${course}/quiz`, `${course}/chat`, `${course}/progress`];
    for (const slug of lessons) {
      const at = `${course}/lessons/${slug}`;
      paths.push(at, `${at}/flashcards`, `${at}/quiz`, `${at}/chat`, `${at}/podcast`);
    }
    paths.push("/review", "/progress", "/settings");
    it.for(paths)("%s", async (path, { expect }) => {
      expect(await pages.use((page) => problemsAt(page, path, !sameAsSample(path)))).toEqual([]);
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
    const pages = walkTabs(b, (page) =>
      signIn(page, "instructor@recall-lab.local", "teach-sockets-1"),
    );
    const paths = teachPages(lessons, lessons[4]!);
    it.for(paths)("%s", async ([name, pathOf], { expect }) => {
      const path = await teachPath(b.prisma, pathOf);
      const axe = !name.startsWith("lesson editor ") || name === `lesson editor ${sample}`;
      expect(await pages.use((page) => problemsAt(page, path, axe))).toEqual([]);
      expect(pages.errors()).toEqual([]);
    });
  });
});

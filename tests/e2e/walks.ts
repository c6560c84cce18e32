/**
 * What the page walks (phone-widths.test.ts, dark-pages.test.ts) share: the course's lessons, two
 * tabs of one signed-in context per role, and the instructor pages with their database ids.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { fileBrowser } from "./file-browser";
import { tabs, type Tabs } from "./tabs";

export const course = "/courses/socket-programming";
export const lessons = [
  "client-server-model",
  "sockets-overview",
  "lab-socket-programming",
  "tcp-udp-socket-programming",
  "cis345-socket-terms",
];

/**
 * Two tabs of one context, signed in by `signIn` before the walk (a describe.concurrent block's
 * tests), closed after it. Call it inside that block.
 */
export function walkTabs(
  b: ReturnType<typeof fileBrowser>,
  signIn: (page: Page) => Promise<unknown>,
) {
  let context: BrowserContext | undefined;
  let pages: Tabs | undefined;
  beforeAll(async () => {
    context = await b.newContext();
    pages = await tabs(context, 2);
    await pages.use(signIn);
  });
  afterAll(async () => {
    await context?.close();
  });
  return {
    use: <T>(run: (page: Page) => Promise<T>) => pages!.use(run),
    errors: () => pages!.errors(),
  };
}

/** The ids the instructor pages' paths take, looked up when a test runs. */
async function teachIds(prisma: PrismaClient) {
  const c = await prisma.course.findFirstOrThrow({
    where: { slug: "socket-programming" },
    select: { id: true, lessons: { select: { id: true, slug: true } } },
  });
  return { course: c.id, lesson: (slug: string) => c.lessons.find((l) => l.slug === slug)!.id };
}
type TeachIds = Awaited<ReturnType<typeof teachIds>>;

/**
 * The instructor's pages as [name, path of the ids]: the lesson editor for each of `editors`
 * (named with the slug when there are several), the preview of `previewOf`.
 */
export function teachPages(editors: string[], previewOf: string) {
  const pages: Array<[string, (x: TeachIds) => string]> = [
    ["teach home", () => "/teach"],
    ["course editor", (x) => `/teach/courses/${x.course}`],
    ["new course", () => "/teach/courses/new"],
    ...editors.map((slug): [string, (x: TeachIds) => string] => [
      editors.length > 1 ? `lesson editor ${slug}` : "lesson editor",
      (x) => `/teach/lessons/${x.lesson(slug)}`,
    ]),
    ["lesson preview", (x) => `/teach/lessons/${x.lesson(previewOf)}/preview`],
    ["question editor", () => "/teach/questions/csm-q03"],
    ["flashcard editor", () => "/teach/flashcards/csm-c03"],
    ["example editor", () => "/teach/examples/cis345-echo-fixed"],
    ["history", () => "/teach/history/question/csm-q03"],
    ["import", () => "/teach/import"],
    ["export", () => "/teach/export"],
    ["analysis", () => "/teach/analysis"],
  ];
  return pages;
}

/** A teachPages() entry's path, its ids looked up now. */
export const teachPath = async (prisma: PrismaClient, pathOf: (x: TeachIds) => string) =>
  pathOf(await teachIds(prisma));

/**
 * Issue 9 items 3 and 4 against the built app: security headers and the nonce CSP on every
 * response, refusals of other sites' requests, real 404/403 statuses, and no CSP violation on any
 * page (highlighting, code editors, charts, podcast, auth pages) in Chromium.
 */
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { newPage } from "./browser";
import { fileBrowser } from "./file-browser";
import { signIn } from "./session";

const app = inject("e2e");
const COURSE = "/courses/socket-programming";
const LESSON = `${COURSE}/lessons/client-server-model`;
/** Where the attack came from: a page on another port of the same host. */
const OTHER_PORT = "http://127.0.0.1:1";

const cookieHeader = async (context: BrowserContext) =>
  (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
const get = (path: string, cookie = "") =>
  fetch(`${app.baseURL}${path}`, { headers: { cookie }, redirect: "manual" });

/** Visits a page and returns the CSP violations and console errors it caused, after hydration. */
async function visit(page: Page, errors: string[], path: string, ready?: string) {
  errors.length = 0;
  await page.goto(path);
  // The Next.js bootstrap script ran: scripts with this response's nonce were allowed.
  await page.waitForFunction(() => "next" in window);
  if (ready) await page.locator(ready).first().waitFor();
  await page.waitForLoadState("networkidle");
  const violations = await page.evaluate(() => (window as unknown as { csp: string[] }).csp);
  return [...violations, ...errors].map((e) => `${path}: ${e}`);
}

describe.skipIf(app.skip)("the HTTP boundary of the built app", () => {
  const b = fileBrowser();
  const cookies = { learner: "", instructor: "" };
  const contexts: Record<string, BrowserContext> = {};

  beforeAll(async () => {
    for (const [who, email, password] of [
      ["learner", "learner@recall-lab.local", "learn-sockets-1"],
      ["instructor", "instructor@recall-lab.local", "teach-sockets-1"],
    ] as const) {
      const context = await b.newContext();
      await context.addInitScript(() => {
        const w = window as unknown as { csp: string[] };
        w.csp = [];
        document.addEventListener("securitypolicyviolation", (e) =>
          w.csp.push(`CSP blocked ${e.blockedURI || "inline"} (${e.violatedDirective})`),
        );
      });
      const { page } = await newPage(context);
      await signIn(page, email, password);
      await page.close();
      cookies[who] = await cookieHeader(context);
      contexts[who] = context;
    }
  });
  it("pages, routes and static files carry the security headers; each page's scripts carry its own nonce", async () => {
    const [home, again] = [await get("/"), await get("/")];
    const csp = home.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).not.toContain("unsafe-eval");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(again.headers.get("content-security-policy")).not.toContain(nonce);
    const html = await home.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
    const responses = {
      home,
      signin: await get("/signin"),
      missing: await get("/no-such-page"),
      route: await get("/api/review"),
      chunk: await get(chunk),
      nextAuth: await get("/api/auth/signout"),
    };
    for (const [name, res] of Object.entries(responses)) {
      expect(res.headers.get("x-content-type-options"), name).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), name).toBe("same-origin");
      expect(res.headers.get("x-powered-by"), name).toBeNull();
      expect(res.headers.get("content-security-policy"), name).toContain("frame-ancestors 'none'");
    }
    expect(responses.nextAuth.headers.get("content-security-policy")).toContain(
      "default-src 'none'",
    );
  });

  it("routes refuse another site's request (403) and a body that isn't JSON (415), writing nothing", async () => {
    const before = await b.prisma.reviewLog.count();
    const post = (headers: Record<string, string>) =>
      fetch(`${app.baseURL}/api/review`, {
        method: "POST",
        headers: { cookie: cookies.learner, ...headers },
        body: JSON.stringify({ action: "undo", courseSlug: "socket-programming" }),
      });
    const foreign = await post({ origin: OTHER_PORT, "content-type": "text/plain" });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: string }).error).toMatch(/another site/);
    const plain = await post({ origin: app.baseURL, "content-type": "text/plain" });
    expect(plain.status).toBe(415);
    expect(((await plain.json()) as { error: string }).error).toMatch(/JSON/);
    const own = await post({ origin: app.baseURL, "content-type": "application/json" });
    expect([403, 415]).not.toContain(own.status);
    expect(await b.prisma.reviewLog.count()).toBe(before);
  });

  it("server actions from another site or over the body limit answer 4xx with a message, not 500", async () => {
    const action = (headers: Record<string, string>, body = "[]") =>
      fetch(`${app.baseURL}${COURSE}/quiz`, {
        method: "POST",
        headers: {
          cookie: cookies.learner,
          "next-action": "7f".repeat(21),
          "content-type": "text/plain;charset=UTF-8",
          ...headers,
        },
        body,
      });
    const foreign = await action({ origin: OTHER_PORT });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("content-type")).toBe("text/plain");
    expect(await foreign.text()).toMatch(/another site/);
    const huge = await action({ origin: app.baseURL }, "x".repeat(1024 * 1024 + 1));
    expect(huge.status).toBe(413);
    expect(await huge.text()).toMatch(/too large/);
  });

  it("pages that say not found or forbidden answer 404 and 403", async () => {
    const course = await b.prisma.course.findUniqueOrThrow({
      where: { slug: "socket-programming" },
    });
    const draft = await b.prisma.lesson.create({
      data: {
        slug: `draft-${Date.now()}`,
        courseId: course.id,
        title: "Unpublished draft",
        body: "## Soon",
        status: "draft",
      },
    });
    const lesson = await b.prisma.lesson.findUniqueOrThrow({
      where: { slug: "client-server-model" },
    });
    const cases: [string, string, number, RegExp][] = [
      ["learner", COURSE, 200, /Socket Programming/],
      ["learner", "/courses/nope", 404, /No such course/],
      ["learner", "/courses/nope/progress", 404, /No such course/],
      ["learner", `${COURSE}/lessons/${draft.slug}`, 404, /No such lesson/],
      ["learner", `${COURSE}/lessons/nope/flashcards`, 404, /No such lesson/],
      ["learner", `${LESSON}/quiz/no-such-attempt`, 404, /No such quiz attempt/],
      ["learner", `${COURSE}/quiz/no-such-attempt`, 404, /No such quiz attempt/],
      ["learner", "/teach", 403, /instructor area/],
      ["learner", `/teach/lessons/${lesson.id}`, 403, /instructor area/],
      ["learner", "/teach/import", 403, /instructor area/],
      ["instructor", "/teach/users", 403, /have access/],
      ["instructor", "/teach/lessons/nope", 404, /No such item/],
      ["instructor", "/teach/flashcards/nope", 404, /No such item/],
      ["instructor", `/teach/lessons/${draft.id}`, 200, /Unpublished draft/],
      ["learner", "/no-such-page", 404, /Not found/],
    ];
    const wrong: string[] = [];
    for (const [who, path, status, text] of cases) {
      const res = await get(path, cookies[who as keyof typeof cookies]);
      const body = await res.text();
      const heading = /<h1[^>]*>(.*?)<\/h1>/.exec(body)?.[1];
      if (res.status !== status || !text.test(body))
        wrong.push(`${who} ${path}: ${res.status} "${heading}" (want ${status}, ${text})`);
    }
    // The draft goes again, so later browser tests on this server see the seeded course only.
    await b.prisma.lesson.delete({ where: { id: draft.id } });
    expect(wrong).toEqual([]);
  });

  it("no page breaks under the CSP: highlighting, editors, charts, podcast, chat, auth pages", async () => {
    const { page: anonymous, errors: anonErrors } = await b.open();
    await anonymous.context().addInitScript(() => {
      const w = window as unknown as { csp: string[] };
      w.csp = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.csp.push(`CSP blocked ${e.blockedURI || "inline"} (${e.violatedDirective})`),
      );
    });
    const found = [
      ...(await visit(anonymous, anonErrors, "/signin", "form")),
      ...(await visit(anonymous, anonErrors, "/signup", "form")),
    ];

    const { page, errors } = await newPage(contexts.learner!);
    const learnerPages: [string, string?][] = [
      ["/"],
      [COURSE],
      [LESSON, "pre.shiki"],
      [`${LESSON}/flashcards`],
      [`${LESSON}/quiz`],
      [`${LESSON}/podcast`, "main button"],
      [`${LESSON}/chat`, "textarea, input"],
      ["/review"],
      [`${COURSE}/progress`, "svg"],
      ["/settings", "form"],
    ];
    for (const [path, ready] of learnerPages)
      found.push(...(await visit(page, errors, path, ready)));

    const { page: teach, errors: teachErrors } = await newPage(contexts.instructor!);
    const lesson = await b.prisma.lesson.findUniqueOrThrow({
      where: { slug: "client-server-model" },
    });
    const example = await b.prisma.example.findFirstOrThrow();
    for (const [path, ready] of [
      ["/teach", "main"],
      [`/teach/lessons/${lesson.id}`, "textarea"],
      [`/teach/examples/${example.id}`, ".cm-editor"],
      ["/teach/analysis", "main"],
    ] as const)
      found.push(...(await visit(teach, teachErrors, path, ready)));
    expect(found).toEqual([]);
  });
});

/**
 * Issue 9 item 3: every JSON route refuses other sites (403) and non-JSON bodies (415) before it
 * reads the session or writes anything; our own pages' requests still go through.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { testPrisma } from "../helpers/db";
import { makeCourse, makeUser } from "../srs/helpers";
import { session } from "../helpers/session";

const review = await import("../../app/api/review/route");
const sandbox = await import("../../app/api/sandbox/run/route");
const lessonAsk = await import("../../app/api/lessons/[lessonSlug]/ask/route");
const courseAsk = await import("../../app/api/courses/[courseSlug]/ask/route");
const exportRoute = await import("../../app/api/export/route");

const prisma = await testPrisma();
const SITE = "http://127.0.0.1:3000";
/** The attack from the issue: a page served from another port of the same host. */
const OTHER_PORT = "http://127.0.0.1:4000";

type Call = (headers: Record<string, string>, body?: string) => Promise<Response>;
const request = (path: string, headers: Record<string, string>, body?: string) =>
  new Request(`${SITE}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { host: "127.0.0.1:3000", ...headers },
    body,
  });
const lessonParams = { params: Promise.resolve({ lessonSlug: "srs-1-lesson-0" }) };
const courseParams = { params: Promise.resolve({ courseSlug: "srs-course-1" }) };
const json = JSON.stringify({ q: "socket", exampleId: "x", rating: 3 });

const routes: Record<string, { call: Call; body?: string }> = {
  "POST /api/review": { call: (h, b) => review.POST(request("/api/review", h, b)), body: json },
  "POST /api/sandbox/run": {
    call: (h, b) => sandbox.POST(request("/api/sandbox/run", h, b)),
    body: json,
  },
  "GET /api/sandbox/run": { call: (h) => sandbox.GET(request("/api/sandbox/run?exampleId=x", h)) },
  "POST /api/lessons/…/ask": {
    call: (h, b) => lessonAsk.POST(request("/api/lessons/srs-1-lesson-0/ask", h, b), lessonParams),
    body: json,
  },
  "GET /api/lessons/…/ask": {
    call: (h) => lessonAsk.GET(request("/api/lessons/srs-1-lesson-0/ask?q=x", h), lessonParams),
  },
  "POST /api/courses/…/ask": {
    call: (h, b) => courseAsk.POST(request("/api/courses/srs-course-1/ask", h, b), courseParams),
    body: json,
  },
  "GET /api/courses/…/ask": {
    call: (h) => courseAsk.GET(request("/api/courses/srs-course-1/ask?q=x", h), courseParams),
  },
  "GET /api/export": {
    call: (h) => exportRoute.GET(request("/api/export?format=json&course=srs-course-1", h)),
  },
};

const errorOf = async (res: Response) => ((await res.json()) as { error?: string }).error ?? "";

describe("JSON routes only take same-site JSON", () => {
  beforeEach(async () => {
    const user = await makeUser(prisma, "INSTRUCTOR");
    session.current = { user: { id: user.id, role: user.role } };
  });

  for (const [name, { call, body }] of Object.entries(routes)) {
    it(`${name}: another site's Origin, Sec-Fetch-Site or "null" → 403 with a message`, async () => {
      const foreign: Record<string, string>[] = [
        { origin: OTHER_PORT, "content-type": "application/json" },
        { origin: "https://evil.example", "content-type": "application/json" },
        { origin: "null", "content-type": "application/json" },
        { "sec-fetch-site": "same-site", "content-type": "application/json" },
        { "sec-fetch-site": "cross-site", "content-type": "application/json" },
      ];
      for (const headers of foreign) {
        const res = await call(headers, body);
        expect(res.status, JSON.stringify(headers)).toBe(403);
        expect(res.headers.get("content-type")).toContain("application/json");
        expect(await errorOf(res)).toMatch(/another site/);
      }
    });

    it(`${name}: this site's own requests are not refused`, async () => {
      const own: Record<string, string>[] = [
        { origin: SITE },
        { "sec-fetch-site": "same-origin" },
        { "sec-fetch-site": "none" },
        {},
      ];
      for (const headers of own) {
        const res = await call({ ...headers, "content-type": "application/json" }, body);
        expect([403, 415], `${JSON.stringify(headers)}: ${res.status}`).not.toContain(res.status);
      }
    });

    if (body !== undefined)
      it(`${name}: a body that isn't JSON → 415 with a message`, async () => {
        for (const type of [
          "text/plain;charset=UTF-8",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
        ]) {
          const res = await call({ origin: SITE, "content-type": type }, body);
          expect(res.status, type).toBe(415);
          expect(await errorOf(res)).toMatch(/JSON/);
        }
        const untyped = await call({ origin: SITE }, body);
        expect(untyped.status).toBe(415);
      });
  }

  it("a rating sent from another port of the same host writes nothing; the same rating from our page does", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const learner = await makeUser(prisma);
    session.current = { user: { id: learner.id, role: learner.role } };
    const rating = (requestId: string) =>
      JSON.stringify({
        itemRef: { flashcardId: flashcardIds[0] },
        rating: 3,
        requestId,
        durationMs: 5,
      });
    const simple = await review.POST(
      request(
        "/api/review",
        { origin: OTHER_PORT, "content-type": "text/plain" },
        rating("foreign-simple"),
      ),
    );
    const preflighted = await review.POST(
      request(
        "/api/review",
        { origin: OTHER_PORT, "content-type": "application/json" },
        rating("foreign-json"),
      ),
    );
    expect([simple.status, preflighted.status]).toEqual([403, 403]);
    expect(await prisma.reviewLog.count({ where: { userId: learner.id } })).toBe(0);
    const own = await review.POST(
      request(
        "/api/review",
        { origin: SITE, "content-type": "application/json" },
        rating("our-own-page"),
      ),
    );
    expect(own.status).toBe(200);
    expect(await prisma.reviewLog.count({ where: { userId: learner.id } })).toBe(1);
  });
});

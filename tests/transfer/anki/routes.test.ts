/**
 * The Anki upload routes and the media route: instructors preview then import (nothing written by a
 * preview, a stale hash refused), learners can't use the instructor route, bad packages get 422
 * naming the problem, other sites 403; media is served with its stored type, sandboxed, to signed-in users.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { testPrisma } from "../../helpers/db";
import { session } from "../../helpers/session";
import { legacyApkg } from "./build-package";
import { PNG, sampleDeck } from "./sample";

const instructorRoute = await import("@/app/api/import/anki/route");
const learnerRoute = await import("@/app/api/import/anki-collection/route");
const mediaRoute = await import("@/app/api/media/[file]/route");
const prisma = await testPrisma();

const SITE = "http://127.0.0.1:3000";
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${SITE}${path}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: {
      host: "127.0.0.1:3000",
      origin: SITE,
      "content-type": "application/json",
      ...headers,
    },
  });
const file = Buffer.from(legacyApkg(sampleDeck())).toString("base64");
let instructor = "";
let learner = "";

beforeAll(async () => {
  instructor = (
    await prisma.user.create({
      data: { email: "i@anki-routes.test", passwordHash: "x", role: "INSTRUCTOR" },
    })
  ).id;
  learner = (await prisma.user.create({ data: { email: "l@anki-routes.test", passwordHash: "x" } }))
    .id;
});

describe("POST /api/import/anki", () => {
  it("previews, then imports exactly the previewed plan", async () => {
    session.current = { user: { id: instructor, role: "INSTRUCTOR" } };
    const preview = await instructorRoute.POST(
      post("/api/import/anki", { action: "preview", file, fileName: "net.apkg", mode: "sections" }),
    );
    expect(preview.status).toBe(200);
    const { plan } = (await preview.json()) as {
      plan: { hash: string; lessons: Array<{ title: string; sections: string[] }> };
    };
    expect(plan.lessons).toEqual([
      expect.objectContaining({ title: "Networking", sections: ["Networking", "TCP"] }),
    ]);
    expect(await prisma.course.count({ where: { slug: "networking" } })).toBe(0);
    const stale = await instructorRoute.POST(
      post("/api/import/anki", { action: "import", file, mode: "decks", hash: plan.hash }),
    );
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: expect.stringMatching(/preview again/) });
    const run = await instructorRoute.POST(
      post("/api/import/anki", {
        action: "import",
        file,
        fileName: "net.apkg",
        mode: "sections",
        hash: plan.hash,
      }),
    );
    expect(run.status).toBe(200);
    const lesson = await prisma.lesson.findFirstOrThrow({
      where: { course: { slug: "networking" } },
      include: { flashcards: true },
    });
    expect(lesson.body).toBe("## Networking\n\n\n## TCP\n");
    expect(new Set(lesson.flashcards.map((f) => f.section))).toEqual(
      new Set(["networking", "tcp"]),
    );
    expect(lesson.status).toBe("draft");
  });

  it("a bad package gets 422 naming the problem; bad input 400; learners 403; other sites 403", async () => {
    session.current = { user: { id: instructor, role: "INSTRUCTOR" } };
    const bad = await instructorRoute.POST(
      post("/api/import/anki", {
        action: "preview",
        file: Buffer.from("hello").toString("base64"),
      }),
    );
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a zip file/),
    });
    const noFile = await instructorRoute.POST(
      post("/api/import/anki", { action: "preview", file: "" }),
    );
    expect(noFile.status).toBe(400);
    session.current = { user: { id: learner, role: "LEARNER" } };
    expect(
      (await instructorRoute.POST(post("/api/import/anki", { action: "preview", file }))).status,
    ).toBe(403);
    const foreign = await instructorRoute.POST(
      post("/api/import/anki", { action: "preview", file }, { origin: "https://evil.test" }),
    );
    expect(foreign.status).toBe(403);
  });
});

describe("POST /api/import/anki-collection", () => {
  it("tells a learner when none of their cards is here", async () => {
    await prisma.flashcard.updateMany({ data: { status: "draft" } });
    session.current = { user: { id: learner, role: "LEARNER" } };
    const res = await learnerRoute.POST(
      post("/api/import/anki-collection", { action: "preview", file }),
    );
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      error: expect.stringMatching(/none of the collection's 6 cards is in a course here/),
    });
  });
});

describe("GET /api/media/<hash>.<ext>", () => {
  it("serves a stored image with its type, sandboxed; unknown names 404; signed out 401", async () => {
    const png = await prisma.mediaFile.findFirstOrThrow({ where: { name: "diagram.png" } });
    const get = (name: string) =>
      mediaRoute.GET(
        new Request(`${SITE}/api/media/${name}`, {
          headers: { host: "127.0.0.1:3000", "sec-fetch-site": "same-origin" },
        }),
        { params: Promise.resolve({ file: name }) },
      );
    session.current = { user: { id: learner, role: "LEARNER" } };
    const res = await get(`${png.hash}.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    expect((await get(`${"0".repeat(64)}.png`)).status).toBe(404);
    expect((await get("../../etc/passwd")).status).toBe(404);
    session.current = null;
    expect((await get(`${png.hash}.png`)).status).toBe(401);
  });
});

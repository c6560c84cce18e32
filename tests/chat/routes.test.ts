import { beforeEach, describe, expect, it } from "vitest";
import { session } from "../helpers/session";

// Only the signed session is faked; users, content and chat history are real rows in this file's SQLite copy.
const { prisma, makeLearner } = await import("./seeded");
const lessonRoute = await import("../../app/api/lessons/[lessonSlug]/ask/route");
const courseRoute = await import("../../app/api/courses/[courseSlug]/ask/route");
const { clearChatHistory } = await import("../../lib/chat/actions");
const { listChat } = await import("../../lib/chat/history");
const { findChatScope } = await import("../../lib/chat/ask");

const ana = await makeLearner("ana@chat.test");
const ben = await makeLearner("ben@chat.test");
const signIn = (u: { id: string } | null) => {
  session.current = u && { user: { id: u.id, role: "LEARNER" } };
};
const lessonGet = (slug: string, q: string) =>
  lessonRoute.GET(new Request(`http://t/api/lessons/${slug}/ask?q=${encodeURIComponent(q)}`), {
    params: Promise.resolve({ lessonSlug: slug }),
  });
const lessonPost = (slug: string, q: string) =>
  lessonRoute.POST(
    new Request(`http://t/api/lessons/${slug}/ask`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ q }),
    }),
    { params: Promise.resolve({ lessonSlug: slug }) },
  );

describe("GET /api/lessons/<slug>/ask and /api/courses/<slug>/ask", () => {
  beforeEach(() => signIn(ana));

  it("answers with cited passages in the documented shape", async () => {
    const res = await lessonGet("sockets-overview", "What does recvfrom return?");
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      answer: string;
      passages: Array<{ text: string; score: number; source: Record<string, string> }>;
    };
    expect(body.answer).toMatch(/recvfrom/i);
    expect(body.passages[0]).toMatchObject({
      text: expect.any(String),
      score: expect.any(Number),
      source: {
        kind: expect.any(String),
        id: expect.any(String),
        title: expect.any(String),
        url: expect.stringMatching(/^\/courses\/socket-programming\/lessons\/sockets-overview/),
      },
    });
    const course = await courseRoute.GET(
      new Request("http://t/api/courses/socket-programming/ask?q=SO_REUSEADDR"),
      { params: Promise.resolve({ courseSlug: "socket-programming" }) },
    );
    expect(course.status).toBe(200);
  });

  it("refuses signed-out visitors with 401", async () => {
    signIn(null);
    const res = await lessonGet("sockets-overview", "What is a socket?");
    expect(res.status).toBe(401);
  });

  it("refuses empty and oversize questions with 400 and a message", async () => {
    for (const q of ["", "   ", "x".repeat(501)]) {
      const res = await lessonGet("sockets-overview", q);
      expect(res.status, JSON.stringify(q.slice(0, 5))).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/empty|500 characters/);
    }
    expect((await lessonGet("sockets-overview", "x".repeat(500))).status).toBe(200);
  });

  it("answers 404 for an unknown lesson or course", async () => {
    expect((await lessonGet("no-such-lesson", "socket")).status).toBe(404);
    const res = await courseRoute.GET(new Request("http://t/api/courses/nope/ask?q=socket"), {
      params: Promise.resolve({ courseSlug: "nope" }),
    });
    expect(res.status).toBe(404);
  });
});

describe("chat history", () => {
  it("keeps each learner's exchanges, shows them only to that learner, and clears only their own", async () => {
    signIn(ana);
    const streamed = await (
      await lessonPost("sockets-overview", "What does recvfrom return?")
    ).text();
    expect(
      streamed
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).type),
    ).toEqual(["passages", "delta", "done"]);
    signIn(ben);
    await (await lessonPost("sockets-overview", "What is SO_REUSEADDR?")).text();
    const scope = (await findChatScope(ana, { lessonSlug: "sockets-overview" }))!;
    const anas = await listChat(ana, scope);
    expect(anas.map((e) => [e.role, e.text.slice(0, 20)])).toEqual([
      ["user", "What does recvfrom r"],
      ["assistant", expect.any(String)],
    ]);
    expect(anas[1]!.passages.length).toBeGreaterThan(0);
    expect(await listChat(ben, scope)).toHaveLength(2);

    signIn(ana);
    expect(
      await clearChatHistory({ courseSlug: "socket-programming", lessonSlug: "sockets-overview" }),
    ).toEqual({ ok: true, removed: 2 });
    expect(await listChat(ana, scope)).toEqual([]);
    expect(await listChat(ben, scope)).toHaveLength(2);
    expect(await prisma.chatMessage.count()).toBe(2);
  });

  it("a bad question is not stored", async () => {
    signIn(ben);
    expect((await lessonPost("sockets-overview", "")).status).toBe(400);
    expect(await prisma.chatMessage.count({ where: { userId: ben.id } })).toBe(2);
  });
});

import { describe, expect, it } from "vitest";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";

const { GET } = await import("../../app/api/lessons/[lessonSlug]/ask/route");

const prisma = await testPrisma();

const ask = (address: string) =>
  GET(
    new Request("http://localhost/api/lessons/nope/ask?q=what+is+a+socket", {
      headers: { "x-forwarded-for": address, "sec-fetch-site": "same-origin" },
    }),
    { params: Promise.resolve({ lessonSlug: "nope" }) },
  );

describe("Chat budget", () => {
  it("answers 429 with Retry-After after 20 questions a minute from one learner", async () => {
    const user = await prisma.user.create({
      data: { email: "chatty@example.com", passwordHash: "x" },
    });
    session.current = { user: { id: user.id, role: "LEARNER" } };
    const statuses = [];
    for (let i = 0; i < 20; i++) statuses.push((await ask(`10.9.0.${i}`)).status);
    expect(statuses).toEqual(Array(20).fill(404));
    const refused = await ask("10.9.1.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatch(/Too many questions just now/);
  });
});

import { renderToReadableStream } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { testPrisma } from "../helpers/db";
import { makeUsers, seedFixtureCourse, signIn } from "./helpers";
import { session } from "../helpers/session";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const prisma = await testPrisma();
const { previewAction, saveItemAction } = await import("../../app/(teach)/teach/actions");
const LessonPage = (
  await import("../../app/(learn)/courses/[courseSlug]/lessons/[lessonSlug]/page")
).default;
await seedFixtureCourse(prisma);
const users = await makeUsers(prisma, "xss");

const attack = [
  "Hello <script>alert('x')</script>",
  '<img src="x" onerror="alert(1)">',
  "[click me](javascript:alert(1))",
  '<a href="javascript:alert(2)" onclick="alert(3)">link</a>',
  '<svg onload="alert(4)"></svg>',
].join("\n\n");

function assertSafe(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
}

async function renderPage(element: unknown) {
  const stream = await renderToReadableStream(
    element as Parameters<typeof renderToReadableStream>[0],
  );
  await stream.allReady;
  return new Response(stream).text();
}

describe("sanitization", () => {
  it("the editor's live preview never returns script, handlers or javascript: links", async () => {
    signIn(session, users.instructor);
    const result = await previewAction(attack);
    expect(result).toMatchObject({ ok: true });
    const html = result.ok && "html" in result ? result.html : "";
    expect(html).toContain("Hello");
    expect(html).toContain("click me");
    assertSafe(html);
  });

  it("the learner lesson page shows the saved text without any of it", async () => {
    signIn(session, users.instructor);
    expect(
      await saveItemAction("flashcard", {
        id: "fx-c01",
        version: 1,
        content: { id: "fx-c01", front: "bind()", back: attack, kind: "card", examples: [] },
      }),
    ).toMatchObject({ ok: true });
    signIn(session, users.learner);
    // The card now names no section: it sits with the lesson's last section.
    const page = await LessonPage({
      params: Promise.resolve({ courseSlug: "fixture-course", lessonSlug: "fixture-lesson" }),
      searchParams: Promise.resolve({ section: "clients" }),
    });
    const html = await renderPage(page);
    expect(html).toContain("click me");
    assertSafe(html);
  });
});

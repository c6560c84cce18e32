import { describe, expect, it } from "vitest";
import { prisma, makeLearner } from "./seeded";
import { ask, findChatScope } from "../../lib/chat/ask";
import { renderMarkdown } from "../../lib/content/render";

const learner = await makeLearner("retrieval@chat.test");
const lessonScope = async (slug: string) => (await findChatScope(learner, { lessonSlug: slug }))!;
const courseScope = async () =>
  (await findChatScope(learner, { courseSlug: "socket-programming" }))!;

describe("Chat to Lesson retrieval", () => {
  it("ranks a passage about recvfrom first for “What does recvfrom return?”", async () => {
    const result = await ask(learner, await courseScope(), "What does recvfrom return?", null);
    expect(result.found).toBe(true);
    expect(result.passages[0]!.text.toLowerCase()).toContain("recvfrom");
    const { start, end } = result.passages[0]!.highlight!;
    expect(result.passages[0]!.text.slice(start, end).toLowerCase()).toContain("recvfrom");
    expect(result.answer).toMatch(/recvfrom/i);
  });

  it("matches code identifiers as words: SO_REUSEADDR, socket.gethostname and their parts", async () => {
    const reuse = await ask(learner, await courseScope(), "SO_REUSEADDR", null);
    expect(reuse.found).toBe(true);
    expect(reuse.passages[0]!.text + reuse.passages[0]!.source.title).toContain("SO_REUSEADDR");
    const host = await ask(
      learner,
      await courseScope(),
      "what does gethostname give the server?",
      null,
    );
    expect(host.passages.some((p) => p.text.includes("gethostname"))).toBe(true);
  });

  it("a lesson's chat only cites that lesson", async () => {
    const result = await ask(
      learner,
      await lessonScope("sockets-overview"),
      "How do I reuse a port with setsockopt?",
      null,
    );
    expect(result.passages.length).toBeGreaterThan(0);
    for (const p of result.passages) expect(p.source.url).toContain("/lessons/sockets-overview");
  });

  it("says so plainly and suggests related cards when nothing matches", async () => {
    const result = await ask(
      learner,
      await lessonScope("client-server-model"),
      "How long should I bake sourdough bread?",
      null,
    );
    expect(result.found).toBe(false);
    expect(result.answer).toMatch(/^The lesson doesn't cover that/);
    expect(result.passages.length).toBeGreaterThan(0);
    expect(result.passages.every((p) => p.source.kind === "flashcard")).toBe(true);
  });

  it("every citation url points at an anchor that exists on the lesson page", async () => {
    const questions = [
      "What does recvfrom return?",
      "What is a concurrent server?",
      "What does accept() return?",
      "SO_REUSEADDR",
      "What does the TCP uppercase client print?",
      "What is the port of the echo server?",
      "Why does the CIS 345 echo client crash with a NameError?",
      "What is the expected output of the UDP uppercase example?",
    ];
    const cited = (
      await Promise.all(
        questions.map(async (q) => (await ask(learner, await courseScope(), q, null)).passages),
      )
    ).flat();
    expect(new Set(cited.map((p) => p.source.kind))).toEqual(
      new Set(["section", "flashcard", "question", "example"]),
    );
    for (const { source } of cited) {
      const m = /^\/courses\/socket-programming\/lessons\/([a-z0-9-]+)(?:#(.+))?$/.exec(source.url);
      expect(m, source.url).not.toBeNull();
      const lesson = await prisma.lesson.findUniqueOrThrow({
        where: { slug: m![1] },
        include: { flashcards: true, questions: { include: { examples: true } } },
      });
      const anchor = m![2]!;
      if (source.kind === "section")
        expect(await renderMarkdown(lesson.body), source.url).toContain(`id="${anchor}"`);
      if (source.kind === "flashcard")
        expect(lesson.flashcards.map((c) => `card-${c.id}`)).toContain(anchor);
      if (source.kind === "question")
        expect(lesson.questions.map((q) => `question-${q.id}`)).toContain(anchor);
      if (source.kind === "example")
        expect(
          lesson.questions
            .flatMap((q) => q.examples.map((e) => `example-${e.exampleId}`))
            .concat(await cardExamples(lesson.id)),
        ).toContain(anchor);
    }
  });

  it("rebuilds the index when content changes, and never shows archived or draft items", async () => {
    const card = await prisma.flashcard.findFirstOrThrow({
      where: { lesson: { slug: "client-server-model" } },
    });
    await prisma.flashcard.update({
      where: { id: card.id },
      data: { back: "A quokkaphone relays packets.", version: { increment: 1 } },
    });
    const found = await ask(
      learner,
      await courseScope(),
      "What relays packets, the quokkaphone?",
      null,
    );
    expect(found.passages[0]!.source).toMatchObject({ kind: "flashcard", id: card.id });
    await prisma.flashcard.update({ where: { id: card.id }, data: { status: "draft" } });
    const hidden = await ask(learner, await courseScope(), "quokkaphone", null);
    expect(hidden.passages.some((p) => p.source.id === card.id)).toBe(false);
    await prisma.flashcard.update({
      where: { id: card.id },
      data: { status: "published", archivedAt: new Date() },
    });
    expect(
      (await ask(learner, await courseScope(), "quokkaphone", null)).passages.some(
        (p) => p.source.id === card.id,
      ),
    ).toBe(false);
  });
});

async function cardExamples(lessonId: string) {
  const links = await prisma.flashcardExample.findMany({ where: { flashcard: { lessonId } } });
  return links.map((l) => `example-${l.exampleId}`);
}

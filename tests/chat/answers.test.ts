import { describe, expect, it } from "vitest";
import { makeLearner, prisma } from "./seeded";
import { ask, findChatScope } from "../../lib/chat/ask";
import { listChat, saveExchange } from "../../lib/chat/history";
import { isPlainWords } from "../../lib/chat/key-sentence";

const learner = await makeLearner("answers@chat.test");
const course = (await findChatScope(learner, { courseSlug: "socket-programming" }))!;
const lesson = async (slug: string) => (await findChatScope(learner, { lessonSlug: slug }))!;
const opening = (answer: string) => answer.split("\n")[0]!;

describe("Chat to Lesson answers in plain words", () => {
  it("answers a paraphrased question with a plain sentence first, then the cited passages", async () => {
    const result = await ask(learner, course, "why would recv give me back nothing?", null);
    expect(result.found).toBe(true);
    const first = opening(result.answer);
    // Words, not a bare code line, and it says what the empty result means.
    expect(isPlainWords(first.replace(/\[\d\]/g, ""))).toBe(true);
    expect(first).not.toMatch(/^\s*(\w+\.)?\w+\(.*\)\s*(\[\d\])?$/);
    expect(first).toMatch(/empty|closed/i);
    expect(first).toMatch(/\[[1-3]\]/);
    expect(result.passages.length).toBeGreaterThan(0);
    expect(result.passages.some((p) => /closed|empty/i.test(p.text))).toBe(true);
  });

  it("the listen(5) question is answered by what the number means: the backlog", async () => {
    const result = await ask(learner, course, "what does the 5 in s.listen(5) actually do", null);
    expect(opening(result.answer)).toMatch(/backlog|pending|queue/i);
  });

  it("keeps code as code: spans with their indentation, and highlighted HTML from shiki", async () => {
    const result = await ask(
      learner,
      await lesson("sockets-overview"),
      "show me the TCP echo server code",
      null,
    );
    const withCode = result.passages.find((p) => p.code.length > 0)!;
    expect(withCode).toBeDefined();
    const block = withCode.code[0]!;
    const code = withCode.text.slice(block.start, block.end);
    expect(code).toMatch(/\n {4,}\S/); // indentation kept
    expect(block.html).toMatch(/^<pre class="shiki/);
    expect(block.html).toContain("style=");
    // The key sentence marked for the page is prose, never inside a code block.
    const mark = withCode.highlight;
    if (mark)
      for (const c of withCode.code) expect(mark.end <= c.start || mark.start >= c.end).toBe(true);
  });

  it("says the lesson doesn't cover it when no passage holds the answer, and suggests the nearest cards", async () => {
    for (const q of ["how do I sort a list in python", "what's the capital of australia"]) {
      const result = await ask(learner, await lesson("sockets-overview"), q, null);
      expect(result.found, q).toBe(false);
      expect(result.answer).toMatch(/^The lesson doesn't cover that/);
      expect(result.passages.every((p) => p.source.kind === "flashcard")).toBe(true);
    }
  });

  it("repairs typos against the course's own words", async () => {
    const result = await ask(learner, course, "wat does acept() give back", null);
    expect(result.found).toBe(true);
    expect(result.passages[0]!.text + result.passages[0]!.source.title).toMatch(/accept/i);
  });
});

describe("follow-ups in the same chat", () => {
  it("reads “and for UDP?” as the previous question asked about UDP", async () => {
    const chat = await lesson("tcp-udp-socket-programming");
    const first = await ask(
      learner,
      chat,
      "does the tcp server have to run before the client?",
      null,
    );
    expect(first.found).toBe(true);
    await saveExchange(learner, chat, "does the tcp server have to run before the client?", first);

    const follow = await ask(learner, chat, "and for UDP?", null);
    expect(follow.found).toBe(true);
    expect(follow.passages[0]!.source.title).toMatch(/start first|UDP/i);
    expect(
      follow.passages.some((p) => /started first|no connection and no handshake/i.test(p.text)),
    ).toBe(true);

    // Another learner's chat has no previous turn: the same words are read on their own.
    const other = await makeLearner("other@chat.test");
    const alone = await ask(
      other,
      (await findChatScope(other, { lessonSlug: chat.lessonSlug! }))!,
      "and for UDP?",
      null,
    );
    expect(alone.passages.map((p) => p.source.id)).not.toEqual(
      follow.passages.map((p) => p.source.id),
    );
  });

  it("history keeps code spans without HTML and renders them again when listed", async () => {
    const chat = await lesson("sockets-overview");
    const result = await ask(learner, chat, "show me the TCP echo server code", null);
    await saveExchange(learner, chat, "show me the TCP echo server code", result);
    const stored = await prisma.chatMessage.findFirstOrThrow({
      where: { userId: learner.id, role: "assistant", lessonSlug: "sockets-overview" },
      orderBy: { createdAt: "desc" },
    });
    expect(stored.passages).not.toContain("<pre");
    expect(stored.passages).toContain('"code":[{');
    const listed = (await listChat(learner, chat)).at(-1)!;
    expect(listed.passages.flatMap((p) => p.code).every((c) => c.html?.startsWith("<pre"))).toBe(
      true,
    );
  });
});

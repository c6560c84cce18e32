import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { corpusFromContent } from "../../lib/chat/corpus-from-content";
import { coursePassages } from "../../lib/chat/passages";
import { analyzeQuestion } from "../../lib/chat/query";
import { answerFromIndex } from "../../lib/chat/retrieve";
import { buildPassageIndex } from "../../lib/chat/search-index";
import { splitSections } from "../../lib/chat/sections";
import { correctWord } from "../../lib/chat/spelling";
import { ContentError } from "../../lib/content/errors";
import { loadContent } from "../../lib/content/load";
import { renderMarkdown } from "../../lib/content/render";
import { sectionChatBlocks, withoutSectionChat } from "../../lib/content/section-chat";

const [course] = await loadContent();
const passages = coursePassages(corpusFromContent(course!));
const index = buildPassageIndex(passages);
// The same course without its chat notes: what retrieval had before them.
const bare = buildPassageIndex(passages.map((p) => ({ ...p, student: "", notes: [] })));
const titles = (r: ReturnType<typeof answerFromIndex>) => r.passages.map((p) => p.source.title);
const opening = (answer: string) => answer.split("\n")[0]!;

const NOTE = `## Timeouts

<!-- chat
- answer: Set a timeout with s.settimeout(), so recv never waits forever.
  asks:
    - my recv hangs forever
    - how do i give up after 5 seconds
-->

A socket can time out.
`;

describe("chat notes in lesson sections", () => {
  it("are read from a <!-- chat --> block, validated, and left out of the section's text", () => {
    const [block] = sectionChatBlocks(NOTE);
    expect(block!.error).toBeNull();
    expect(block!.notes[0]!.asks).toEqual([
      "my recv hangs forever",
      "how do i give up after 5 seconds",
    ]);
    const { markdown, notes } = withoutSectionChat(NOTE);
    expect(markdown).not.toContain("chat");
    expect(markdown).toContain("A socket can time out.");
    expect(notes).toHaveLength(1);
    const section = splitSections(NOTE, "Lesson").find((s) => s.anchor === "timeouts")!;
    expect(section.chat[0]!.answer).toMatch(/settimeout/);
    expect(section.markdown).not.toContain("asks");
    // A block without answers, or with a misspelt field, is an error naming the field.
    expect(sectionChatBlocks("<!-- chat\n- asks: [why]\n-->\n")[0]!.error).toMatch(
      /^0\.answer: is missing/,
    );
    expect(
      sectionChatBlocks("<!-- chat\n- answer: x\n  asks: [y]\n  ask: z\n-->\n")[0]!.error,
    ).toMatch(/ask/);
  });

  it("never show on the lesson page", async () => {
    const html = await renderMarkdown(NOTE);
    expect(html).toContain("A socket can time out.");
    expect(html).not.toContain("hangs forever");
    expect(html).not.toContain("chat");
  });

  it("cover every section of every lesson that has text", () => {
    for (const lesson of course!.lessons)
      for (const s of splitSections(lesson.body, lesson.title))
        if (s.anchor && s.markdown.trim()) {
          const asks = s.chat.flatMap((n) => n.asks);
          expect(asks.length, `${lesson.slug}#${s.anchor}`).toBeGreaterThanOrEqual(3);
        }
  });

  it("content:check names the lesson and section of an invalid block", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "chat-notes-"));
    try {
      await cp(path.resolve("content"), path.join(dir, "content"), { recursive: true });
      const file = path.join(
        dir,
        "content/courses/socket-programming/lessons/02-sockets-overview/lesson.md",
      );
      const text = await readFile(file, "utf8");
      await writeFile(file, text.replace("<!-- chat\n- answer:", "<!-- chat\n- answr:"));
      const error = await loadContent(path.join(dir, "content")).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).message).toMatch(/lesson\.md/);
      expect((error as ContentError).message).toMatch(/chat/);
      expect((error as ContentError).message).toMatch(/tcp-programming-overview/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("retrieval with chat notes", () => {
  it("finds a paraphrase that shares no word with the passage, only with its student questions", () => {
    const q = "port still busy after killing my server";
    expect(titles(answerFromIndex(index, q))[0]).toBe("Socket Options");
    expect(titles(answerFromIndex(bare, q))[0]).not.toBe("Socket Options");
  });

  it("opens with the note's plain-words answer", () => {
    const result = answerFromIndex(index, "why does it print b'...' with a weird b in front");
    expect(result.found).toBe(true);
    expect(opening(result.answer)).toMatch(/decode/);
  });

  it("reads identifiers written apart and cut short", () => {
    const joined = (q: string) =>
      analyzeQuestion(q, index.vocabulary).flatMap((c) => [...c.alternatives.keys()]);
    expect(joined("what does so reuse addr do")).toContain("reuseaddr");
    expect(joined("how do i call set sock opt")).toContain("setsockopt");
    expect(joined("what does recv from give back")).toContain("recvfrom");
    expect(correctWord("setsock", index.vocabulary.words)).toBe("setsockopt");
    expect(titles(answerFromIndex(index, "what does so reuse addr do"))[0]).toBe("Socket Options");
  });

  it("repairs a typo in a student's word", () => {
    const result = answerFromIndex(index, "my udp mesages arive jumbeld");
    expect(result.found).toBe(true);
    expect(result.passages.slice(0, 3).some((p) => /out of order/.test(p.text))).toBe(true);
  });

  it("still refuses what the course doesn't cover", () => {
    expect(answerFromIndex(index, "how do I sort a list in python").found).toBe(false);
    expect(answerFromIndex(index, "whats a good recipe for banana bread").found).toBe(false);
  });

  it("a follow-up borrows the previous question", () => {
    const result = answerFromIndex(index, "and for udp?", {
      previous: "does the server have to start first in tcp",
    });
    expect(result.found).toBe(true);
    expect(opening(result.answer)).toMatch(/UDP/);
    expect(opening(result.answer)).toMatch(/not have to start first|started first|loses/);
  });
});

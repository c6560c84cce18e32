import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { lessonSections } from "../../lib/content/markdown-anchors";
import { seedContent } from "../../lib/seed/seed";
import { testPrisma } from "../helpers/db";

const [course] = await loadContent();
const lesson = (slug: string) => course!.lessons.find((l) => l.slug === slug)!;
const fromNotes = (slug: string) => lesson(slug).questions.filter((q) => !q.authored);

describe("the Socket Programming course in content/", () => {
  it("carries every quiz question of the notes: 20 + 43 + 2 = 65, each with one correct answer", () => {
    expect(fromNotes("client-server-model")).toHaveLength(20);
    expect(fromNotes("sockets-overview")).toHaveLength(43);
    expect(fromNotes("tcp-udp-socket-programming")).toHaveLength(2);
    const all = course!.lessons.flatMap((l) => l.questions.filter((q) => !q.authored));
    expect(all).toHaveLength(65);
    for (const q of all.filter((x) => x.type === "multiple_choice")) {
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(4);
      expect(
        q.options.filter((o) => o.correct),
        q.id,
      ).toHaveLength(1);
    }
  });

  it("keeps the notes' correct answers, at the notes' letter positions", () => {
    const q1 = lesson("client-server-model").questions[0]!;
    expect(q1.options.find((o) => o.correct)?.text).toBe("To provide defined services to clients.");
    // "Which type of server typically uses TCP for connections?" → "Concurrent servers (D)"
    const q4 = lesson("client-server-model").questions.find((q) =>
      q.prompt.includes("typically uses TCP"),
    )!;
    expect(q4.options.findIndex((o) => o.correct)).toBe(3);
    expect(q4.options[3]!.text).toMatch(/Concurrent servers/);
  });

  it("adds authored questions from the lab slides and the term list, marked as authored", () => {
    expect(lesson("lab-socket-programming").questions.every((q) => q.authored)).toBe(true);
    expect(lesson("lab-socket-programming").questions.length).toBeGreaterThan(0);
    expect(lesson("cis345-socket-terms").questions.every((q) => q.authored)).toBe(true);
    expect(lesson("cis345-socket-terms").questions.length).toBeGreaterThan(0);
  });

  it("carries every flashcard and term: 20 + 42 + 30 = 92", () => {
    const ids = course!.lessons.flatMap((l) => l.flashcards.map((c) => c.id));
    expect(ids.filter((id) => id.startsWith("csm-c"))).toHaveLength(20);
    expect(ids.filter((id) => id.startsWith("so-c"))).toHaveLength(42);
    const terms = lesson("cis345-socket-terms").flashcards.filter((c) => c.kind === "term");
    expect(terms).toHaveLength(30);
  });

  it("has every section of every note as a lesson, with code blocks", () => {
    expect(course!.lessons.map((l) => l.slug)).toEqual([
      "client-server-model",
      "sockets-overview",
      "lab-socket-programming",
      "tcp-udp-socket-programming",
      "cis345-socket-terms",
    ]);
    const sources = course!.lessons.flatMap((l) => l.sources);
    const notes = [
      "01-client-server-model.quizgecko.txt",
      "02-sockets-overview.quizgecko.txt",
      "03-lab-socket-programming.slides.txt",
      "04-socket-programming-tcp-udp.transcript.txt",
      "05-cis345-socket-quiz.terms.txt",
    ];
    expect(new Set(sources)).toEqual(new Set(notes));
    // Every "Study Notes" heading of the Quizgecko pages appears as a lesson section.
    for (const [note, slug] of [
      [notes[0]!, "client-server-model"],
      [notes[1]!, "sockets-overview"],
    ] as const) {
      const text = readFileSync(path.resolve("../shared/study-notes", note), "utf8");
      const studyNotes = text.slice(text.lastIndexOf("Study Notes"));
      const headings = studyNotes
        .split("\n")
        .filter(
          (line, i, lines) =>
            line.trim() &&
            !line.startsWith(" ") &&
            lines[i + 1]?.trim() === "" &&
            lines[i + 2]?.trim().startsWith("•"),
        );
      const titles = lessonSections(lesson(slug).body).map((s) => s.title.toLowerCase());
      expect(headings.length, note).toBeGreaterThan(5);
      const missing = headings.filter(
        (h) => !titles.some((t) => t.includes(h.trim().toLowerCase().slice(0, 12))),
      );
      expect(
        missing.length,
        `${note} sections missing: ${missing.join(" | ")}`,
      ).toBeLessThanOrEqual(3);
    }
    for (const l of course!.lessons) expect(l.body, l.slug).toContain("```python");
  });

  it("has the seven runnable examples, each linked from some question or card", () => {
    const ids = course!.examples.map((e) => e.id).sort();
    expect(ids).toEqual([
      "cis345-echo-as-written",
      "cis345-echo-fixed",
      "echo-recv16",
      "tcp-uppercase",
      "thank-you-connecting",
      "thank-you-gethostname",
      "udp-uppercase",
    ]);
    const linked = new Set(
      course!.lessons.flatMap((l) => [...l.questions, ...l.flashcards].flatMap((i) => i.examples)),
    );
    for (const id of ids) expect(linked.has(id), id).toBe(true);
    const asWritten = course!.examples.find((e) => e.id === "cis345-echo-as-written")!;
    expect(Object.values(asWritten.files).join("\n")).toMatch(/sock\.sendall[\s\S]*s\.recv/);
  });

  it("seeds into an empty database and re-seeds with no change", async () => {
    const prisma = await testPrisma();
    const first = await seedContent(prisma, [course!]);
    expect(first.created).toBeGreaterThan(200);
    expect(await prisma.question.count()).toBe(
      course!.lessons.reduce((n, l) => n + l.questions.length, 0),
    );
    const again = await seedContent(prisma, [course!]);
    expect(again).toMatchObject({ created: 0, updated: 0, archived: 0 });
  });
});

/**
 * Browser import (lib/transfer/import) on a real SQLite copy: the shared study notes through the
 * same code path the /teach/import page uses, duplicate flags on a second import, CSV errors
 * naming row and field with nothing written, updates with revisions, and a stale preview refused.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";

const { previewImport, runImport } = await import("../../lib/transfer/import/index");

const prisma = await testPrisma();
const NOTES = path.resolve(process.cwd(), "../shared/study-notes");
const note = (name: string) => readFileSync(path.join(NOTES, name), "utf8");

async function importNew(text: string, slug: string, extra: Record<string, unknown> = {}) {
  const input = {
    text,
    courseSlug: "socket-programming",
    lesson: { mode: "new", slug, title: slug },
    ...extra,
  };
  const preview = await previewImport(input);
  if (!preview.ok) throw new Error(preview.error);
  const run = await runImport(input, preview.plan.hash);
  if (!run.ok) throw new Error(run.error);
  return { preview, run };
}

const counts = async () => ({
  questions: await prisma.question.count(),
  flashcards: await prisma.flashcard.count(),
  revisions: await prisma.revision.count(),
  lessons: await prisma.lesson.count(),
});

let instructorId: string;
beforeAll(async () => {
  const instructor = await prisma.user.create({
    data: { email: "teach@import.test", role: "INSTRUCTOR", passwordHash: "x" },
  });
  instructorId = instructor.id;
  session.current = { user: { id: instructor.id, role: "INSTRUCTOR" } };
  await prisma.course.create({ data: { slug: "socket-programming", title: "Socket Programming" } });
});

describe("importing the shared study notes in the browser", () => {
  it("creates 63 questions from notes 01 and 02 and 92 cards from 01, 02 and 05, as drafts with revisions", async () => {
    const first = await importNew(
      note("01-client-server-model.quizgecko.txt"),
      "client-server-model",
    );
    expect(first.preview.format).toBe("quizgecko");
    expect(first.preview.counts.questions).toEqual({
      new: 20,
      changed: 0,
      unchanged: 0,
      duplicate: 0,
    });
    await importNew(note("02-sockets-overview.quizgecko.txt"), "sockets-overview");
    const terms = await importNew(note("05-cis345-socket-quiz.terms.txt"), "cis345-socket-terms");
    expect(terms.preview.format).toBe("terms");
    expect(await prisma.question.count()).toBe(63);
    expect(await prisma.flashcard.count()).toBe(92);
    expect(await prisma.flashcard.count({ where: { kind: "term" } })).toBe(30);
    expect(await prisma.question.count({ where: { status: "draft" } })).toBe(63);
    expect(await prisma.lesson.count({ where: { status: "draft" } })).toBe(3);
    const revisions = await prisma.revision.findMany({ where: { reason: "import" } });
    expect(revisions).toHaveLength(63 + 92 + 3);
    expect(revisions.every((r) => r.authorId === instructorId && r.version === 1)).toBe(true);
    const q = await prisma.question.findUniqueOrThrow({
      where: { id: "csm-q01" },
      include: { options: true },
    });
    expect(q.options.filter((o) => o.correct)).toHaveLength(1);
    const snap = JSON.parse(revisions.find((r) => r.entityId === "csm-q01")!.snapshot);
    expect(snap).toMatchObject({ id: "csm-q01", prompt: q.prompt, type: "multiple_choice" });
  });

  it("flags the same file imported twice before writing anything", async () => {
    const before = await counts();
    const text = note("01-client-server-model.quizgecko.txt");
    const same = await previewImport({
      text,
      courseSlug: "socket-programming",
      lesson: { mode: "existing", slug: "client-server-model" },
    });
    if (!same.ok) throw new Error(same.error);
    expect(same.counts.questions).toEqual({ new: 0, changed: 0, unchanged: 20, duplicate: 0 });
    expect(same.counts.flashcards).toEqual({ new: 0, changed: 0, unchanged: 20, duplicate: 0 });
    const elsewhere = await previewImport({
      text,
      courseSlug: "socket-programming",
      lesson: { mode: "new", slug: "csm-again", title: "Again" },
    });
    if (!elsewhere.ok) throw new Error(elsewhere.error);
    expect(elsewhere.counts.questions.duplicate).toBe(20);
    expect(elsewhere.counts.flashcards.duplicate).toBe(20);
    expect(elsewhere.plan.questions[0]!.note).toContain('lesson "client-server-model"');
    expect(await counts()).toEqual(before);
    // Importing anyway skips every duplicate: only the (empty) new lesson is written.
    const run = await runImport(
      {
        text,
        courseSlug: "socket-programming",
        lesson: { mode: "new", slug: "csm-again", title: "Again" },
      },
      elsewhere.plan.hash,
    );
    expect(run).toMatchObject({ ok: true, stats: { created: 0, updated: 0, skipped: 40 } });
    expect(await prisma.question.count()).toBe(before.questions);
  });

  it("refuses a bad CSV naming the row and field, and writes nothing", async () => {
    const before = await counts();
    const csv =
      "question,options,answer,explanation\nWhich call binds?,bind()|listen(),bind(),It binds.\nWhich call listens?,bind()|listen(),accept(),Listens.\n";
    const input = {
      text: csv,
      courseSlug: "socket-programming",
      lesson: { mode: "new", slug: "csv-lesson", title: "CSV" },
    };
    const preview = await previewImport(input);
    expect(preview).toEqual({
      ok: false,
      error: expect.stringMatching(
        /row 3, column "answer": "accept\(\)" is not one of the options/,
      ),
    });
    expect(await runImport(input, "anything")).toMatchObject({
      ok: false,
      error: expect.stringContaining("row 3"),
    });
    const noBack = await previewImport({
      ...input,
      text: "front,back\nsocket,An endpoint\nport,\n",
    });
    expect(noBack).toMatchObject({
      ok: false,
      error: expect.stringContaining('row 3, column "back": is empty: fill it in'),
    });
    expect(await counts()).toEqual(before);
  });

  it("imports CSV questions and cards, updates by id with a new version, publishes when asked", async () => {
    const questions =
      "id,question,options,answer,explanation\n,Which call binds?,bind() | listen() | accept(),bind(),It binds an address.\n,UDP is connectionless.,True;False,True,No handshake.\n,Name the TCP socket type,,SOCK_STREAM|socket.SOCK_STREAM,Stream sockets are TCP.\n";
    const { preview } = await importNew(questions, "csv-lesson", { publishNow: true });
    expect(preview.plan.questions.map((q) => [q.id, q.value.type])).toEqual([
      ["cl-q01", "multiple_choice"],
      ["cl-q02", "true_false"],
      ["cl-q03", "typed"],
    ]);
    expect(
      await prisma.question.count({
        where: { lesson: { slug: "csv-lesson" }, status: "published" },
      }),
    ).toBe(3);
    const cards = "id,front,back\nsock-1,socket,An endpoint for sending and receiving data\n";
    await importNew(cards, "csv-cards");
    const input = {
      text: "id,front,back\nsock-1,socket,One end of a two-way link\n",
      courseSlug: "socket-programming",
      lesson: { mode: "existing", slug: "csv-cards" },
    };
    const preview2 = await previewImport(input);
    if (!preview2.ok) throw new Error(preview2.error);
    expect(preview2.counts.flashcards).toEqual({ new: 0, changed: 1, unchanged: 0, duplicate: 0 });
    expect(await runImport(input, preview2.plan.hash)).toMatchObject({
      ok: true,
      stats: { updated: 1 },
    });
    const card = await prisma.flashcard.findUniqueOrThrow({ where: { id: "sock-1" } });
    expect(card).toMatchObject({ back: "One end of a two-way link", version: 2 });
    expect(
      await prisma.revision.count({ where: { entityType: "flashcard", entityId: "sock-1" } }),
    ).toBe(2);
  });

  it("refuses to write when the course changed since the preview", async () => {
    const input = {
      text: "front,back\nfd,file descriptor\n",
      courseSlug: "socket-programming",
      lesson: { mode: "existing", slug: "csv-cards" },
    };
    const preview = await previewImport(input);
    if (!preview.ok) throw new Error(preview.error);
    await prisma.flashcard.create({
      data: {
        id: "cc-c01",
        lessonId: (await prisma.lesson.findUniqueOrThrow({ where: { slug: "csv-cards" } })).id,
        front: "x",
        back: "y",
      },
    });
    const before = await counts();
    expect(await runImport(input, preview.plan.hash)).toMatchObject({
      ok: false,
      error: expect.stringContaining("preview again"),
    });
    expect(await counts()).toEqual(before);
  });
});

describe("term pages and Anki exports through the browser import", () => {
  const page = (name: string) =>
    readFileSync(path.resolve(process.cwd(), "tests/fixtures/term-pages", name), "utf8");

  it("previews a pasted page as term cards with how it was read, then writes exactly those", async () => {
    const { preview, run } = await importNew(page("spanish-dash-crlf.txt"), "spanish-food");
    expect(preview.format).toBe("terms");
    expect(preview.layout).toMatchObject({ layout: "dash", confident: true });
    expect(preview.plan.flashcards.map((c) => [c.value.front, c.value.back]).slice(0, 3)).toEqual([
      ["el desayuno", "breakfast"],
      ["el almuerzo", "lunch"],
      ["la cena", "dinner, supper"],
    ]);
    expect(run.ok && run.stats.created).toBe(9);
    const lesson = await prisma.lesson.findUniqueOrThrow({
      where: { slug: "spanish-food" },
      include: { flashcards: { orderBy: { position: "asc" } } },
    });
    expect(lesson.flashcards.map((c) => c.kind)).toEqual(Array(9).fill("term"));
    expect(
      lesson.flashcards.some((c) => /Studied by|Terms in this set|4\.8/.test(c.front + c.back)),
    ).toBe(false);
  });

  it("says when unsure, and a chosen layout re-reads the text for the next preview", async () => {
    const text =
      "alpha - first letter\nbeta - second letter\nGamma\nthird letter - Greek\nDelta\nfourth letter\n";
    const input = {
      text,
      courseSlug: "socket-programming",
      lesson: { mode: "new", slug: "greek", title: "Greek" },
    };
    const guess = await previewImport(input);
    if (!guess.ok) throw new Error(guess.error);
    expect(guess.layout?.confident).toBe(false);
    expect(guess.layout?.candidates.map((c) => c.layout)).toEqual(
      expect.arrayContaining(["dash", "lines"]),
    );
    const chosen = await previewImport({ ...input, layout: "lines" });
    if (!chosen.ok) throw new Error(chosen.error);
    expect(chosen.layout).toMatchObject({ layout: "lines", confident: true });
    expect(chosen.plan.flashcards.map((c) => c.value.front)).toEqual([
      "alpha - first letter",
      "Gamma",
      "Delta",
    ]);
    expect(chosen.plan.hash).not.toBe(guess.plan.hash);
    expect(await prisma.lesson.findUnique({ where: { slug: "greek" } })).toBeNull();
  });

  it("imports an Anki plain-text export, and refuses a broken one with nothing written", async () => {
    const anki =
      "#separator:tab\n#html:true\n#tags column:3\n<b>SYN</b>\topens a connection\thandshake\nFIN\tcloses it\t\n";
    const { preview } = await importNew(anki, "anki-tcp");
    expect(preview.format).toBe("anki");
    expect(preview.plan.flashcards.map((c) => [c.value.front, c.value.kind])).toEqual([
      ["**SYN**", "card"],
      ["FIN", "card"],
    ]);
    expect(preview.warnings).toEqual(["tags on 1 note are not kept"]);
    const before = await counts();
    const bad = await previewImport({
      text: "#separator:tab\nSYN\topens\nlonely\n",
      courseSlug: "socket-programming",
      lesson: { mode: "new", slug: "anki-bad", title: "Bad" },
    });
    expect(bad).toEqual({
      ok: false,
      error: 'line 3: the note has one field ("lonely"); a card needs a front and a back',
    });
    expect(await counts()).toEqual(before);
  });
});

/**
 * Export formats on the real course (content/ seeded into this file's SQLite copy): JSON, CSV/TSV
 * (read back by the CSV import), the content-file zip round trip into an empty database, the
 * content:export-files CLI, and the Anki package read back with better-sqlite3.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { exportContent } from "../../lib/content/export";
import { loadContent } from "../../lib/content/load";
import { seedContent } from "../../lib/seed/seed";
import { createPrisma } from "../../lib/db";
import { parseUpload } from "../../lib/transfer/import/parse";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";
import { main as exportFilesCli } from "../../scripts/content-export-files";
import { allowConsoleError, consoleErrors } from "../helpers/console-errors";
import { bin } from "../helpers/bin";

const { exportDownload } = await import("../../lib/transfer/export");

const prisma = await testPrisma();
const tmp = mkdtempSync(path.join(os.tmpdir(), "recall-transfer-"));

async function download(query: Record<string, string>) {
  const result = await exportDownload(query);
  if (!result.ok) throw new Error(result.error);
  return result.download;
}
const bytes = (body: Uint8Array | string) =>
  typeof body === "string" ? new TextEncoder().encode(body) : body;

let original: Awaited<ReturnType<typeof exportContent>>;
beforeAll(async () => {
  await seedContent(prisma, await loadContent());
  original = await exportContent(prisma);
  const user = await prisma.user.create({
    data: { email: "teach@export.test", role: "INSTRUCTOR", passwordHash: "x" },
  });
  session.current = { user: { id: user.id, role: "INSTRUCTOR" } };
});

const course = () => original.courses.find((c) => c.slug === "socket-programming")!;
const allCards = () => course().lessons.flatMap((l) => l.flashcards);
const allQuestions = () => course().lessons.flatMap((l) => l.questions);

describe("export", () => {
  it("JSON is the content export of the course", async () => {
    const d = await download({ format: "json", course: "socket-programming" });
    expect(d.fileName).toBe("socket-programming.json");
    expect(JSON.parse(String(d.body))).toEqual({ courses: [course()] });
  });

  it("CSV and TSV have headers, one row per item, and read back through the CSV import", async () => {
    const cards = await download({ format: "csv", course: "socket-programming" });
    const rows = Papa.parse<Record<string, string>>(String(cards.body), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.meta.fields).toEqual([
      "id",
      "course",
      "lesson",
      "front",
      "back",
      "kind",
      "section",
      "examples",
    ]);
    expect(rows.data).toHaveLength(allCards().length);
    expect(rows.data[0]).toMatchObject({ id: allCards()[0]!.id, back: allCards()[0]!.back });
    const questions = await download({
      format: "tsv",
      course: "socket-programming",
      items: "questions",
    });
    expect(String(questions.body).split("\n")[0]).toBe(
      [
        "id",
        "course",
        "lesson",
        "type",
        "question",
        "options",
        "answer",
        "explanation",
        "section",
        "examples",
      ].join("\t"),
    );
    const reread = parseUpload({ text: String(questions.body), format: "auto" });
    if (!reread.ok) throw new Error(reread.error);
    expect(reread.upload.questions.map((q) => [q.id, q.type, q.options, q.examples])).toEqual(
      allQuestions().map((q) => [q.id, q.type, q.options, q.examples]),
    );
  });

  it("content files round trip: zip → loader → seed into an empty database → the same JSON", async () => {
    const zip = unzipSync(bytes((await download({ format: "content" })).body));
    const dir = path.join(tmp, "roundtrip");
    for (const [name, data] of Object.entries(zip)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), data);
    }
    expect(Object.keys(zip)).toContain(
      "content/courses/socket-programming/lessons/01-client-server-model/questions.yaml",
    );
    const emptyFile = path.join(tmp, "empty.db");
    copyFileSync(inject("baseDbPath"), emptyFile);
    const empty = createPrisma(`file:${emptyFile}`);
    expect(await empty.question.count()).toBe(0);
    await seedContent(empty, await loadContent(path.join(dir, "content")));
    expect(await exportContent(empty)).toEqual(original);
    await empty.$disconnect();
  });

  it("content:export-files writes the same files and refuses a non-empty folder without --force", async () => {
    const out = path.join(tmp, "cli");
    // Spawned once as a person runs it; the other calls go to its main in-process.
    const spawned = execFileSync(bin("tsx"), ["scripts/content-export-files.ts", out], {
      env: process.env,
      stdio: "pipe",
    }).toString();
    expect(spawned).toContain("Wrote");
    expect(readdirSync(path.join(out, "courses", "socket-programming", "lessons"))).toHaveLength(
      course().lessons.length,
    );
    allowConsoleError(/not empty/);
    expect(await exportFilesCli([out])).toBe(1);
    expect(consoleErrors().join("\n")).toMatch(/not empty/);
    expect(await exportFilesCli([out, "--force"])).toBe(0);
  });

  it("Anki .apkg: a zip with a schema-11 collection, one note and card per item (more in tests/transfer/)", async () => {
    const d = await download({ format: "apkg", course: "socket-programming" });
    expect(d.fileName).toBe("socket-programming.apkg");
    const zip = unzipSync(bytes(d.body));
    expect(Object.keys(zip).sort()).toEqual(["collection.anki2", "media", "recall-lab.json"]);
    expect(strFromU8(zip.media!)).toBe("{}");
    const file = path.join(tmp, "collection.anki2");
    writeFileSync(file, zip["collection.anki2"]!);
    const anki = new Database(file, { readonly: true });
    const col = anki.prepare("SELECT ver, decks FROM col").get() as { ver: number; decks: string };
    expect(col.ver).toBe(11);
    expect(Object.values(JSON.parse(col.decks)).map((x) => (x as { name: string }).name)).toContain(
      "Socket Programming",
    );
    const notes = anki.prepare("SELECT flds, sfld, csum FROM notes").all() as Array<{
      flds: string;
      sfld: string;
      csum: number;
    }>;
    expect(notes).toHaveLength(allCards().length + allQuestions().length);
    expect((anki.prepare("SELECT COUNT(*) AS n FROM cards").get() as { n: number }).n).toBe(
      notes.length,
    );
    for (const note of notes)
      expect(note.csum).toBe(
        Number.parseInt(createHash("sha1").update(String(note.sfld)).digest("hex").slice(0, 8), 16),
      );
    const q = allQuestions().find((x) => x.type === "multiple_choice")!;
    const qNote = notes.find((n) => n.flds.includes(q.explanation.slice(0, 30)))!;
    const [question, options, answer] = qNote.flds.split("\x1f");
    expect(question).toBeTruthy();
    for (const o of q.options) expect(options).toContain(o.text.slice(0, 20));
    expect(answer).toContain(q.options.find((o) => o.correct)!.text.slice(0, 20));
    anki.close();
  });

  it("answers 400 for an unknown format and 404 for an unknown course", async () => {
    expect(await exportDownload({ format: "xml" })).toMatchObject({
      ok: false,
      status: 400,
      error: expect.stringMatching(/^format: .*must be one of json/),
    });
    expect(await exportDownload({ format: "json", course: "no-such-course" })).toMatchObject({
      ok: false,
      status: 404,
    });
  });
  // Last: this course would show up in the whole-database exports the tests above compare.
  it("CSV and TSV cells that a spreadsheet would run as a formula start with a quote", async () => {
    const course = await prisma.course.create({
      data: { slug: "formula-course", title: "Formulae", position: 99 },
    });
    const lesson = await prisma.lesson.create({
      data: { slug: "formula-lesson", title: "F", body: "## A", courseId: course.id, position: 0 },
    });
    const hostile = [
      '=HYPERLINK("http://evil.test","x")',
      "+1+1",
      "-2+3",
      "@SUM(A1)",
      "\tx",
      "\r=1",
    ];
    await prisma.flashcard.create({
      data: {
        id: "formula-card",
        lessonId: lesson.id,
        front: hostile[0]!,
        back: hostile[1]!,
        position: 0,
      },
    });
    await prisma.question.create({
      data: {
        id: "formula-q",
        lessonId: lesson.id,
        type: "multiple_choice",
        prompt: hostile[3]!,
        explanation: hostile[5]!,
        position: 0,
        options: {
          create: [
            { position: 0, text: hostile[2]!, correct: true },
            { position: 1, text: hostile[4]! },
          ],
        },
      },
    });
    const table = async (format: string, items: "flashcards" | "questions") => {
      const d = await download({ format, course: "formula-course", items });
      return Papa.parse<Record<string, string>>(String(d.body), {
        header: true,
        skipEmptyLines: true,
      }).data[0]!;
    };
    for (const format of ["csv", "tsv"]) {
      const card = await table(format, "flashcards");
      const question = await table(format, "questions");
      expect(card).toMatchObject({ front: `'${hostile[0]}`, back: `'${hostile[1]}` });
      expect(question).toMatchObject({
        question: `'${hostile[3]}`,
        options: `'${hostile[2]} | ${hostile[4]}`,
        answer: `'${hostile[2]}`,
        explanation: `'${hostile[5]}`,
      });
      const cells = [...Object.values(card), ...Object.values(question)];
      expect(
        cells.filter((c) => /^[=+\-@\t\r]/.test(c)),
        format,
      ).toEqual([]);
    }
  });
});

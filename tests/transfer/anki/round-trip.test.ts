/**
 * Export → import → export through our own importer: a course exported as .apkg, imported into a
 * database with no content, exported again, gives the same notes (ids, guids, fields, tags), cards,
 * decks and note types; importing the same file twice changes nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { testPrisma } from "../../helpers/db";
import { collectionRows } from "../apkg-read";
import { COURSE, createCourse, wipeContent } from "./course";

const { writeApkg } = await import("@/lib/transfer/apkg/index");
const { deckCourses } = await import("@/lib/transfer/apkg/source");
const { importPackage, previewPackage } =
  await import("@/lib/transfer/import/anki-package/service");

const prisma = await testPrisma();
const now = new Date("2026-03-02T10:00:00Z");
const request = { mode: "decks" as const, publishNow: true };
let first: Uint8Array;

async function exportCourse() {
  return writeApkg(await deckCourses({ course: COURSE }), { now });
}

beforeAll(async () => {
  await wipeContent(prisma);
  await createCourse(prisma);
  first = await exportCourse();
  await wipeContent(prisma);
  expect(await prisma.course.count()).toBe(0);
});

describe("an exported course, imported into an empty database", () => {
  it("previews the course, its lessons and every item as new, writing nothing", async () => {
    const preview = await previewPackage(prisma, first, request);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.plan.course).toEqual({
      slug: COURSE,
      title: "Networks: the round trip",
      isNew: true,
    });
    expect(
      preview.plan.lessons.map((l) => [
        l.slug,
        l.title,
        l.isNew,
        l.items.map((i) => `${i.id}:${i.kind}`),
      ]),
    ).toEqual([
      [
        "rt-sockets",
        "Sockets :: the basics",
        true,
        ["rt-c01:card", "rt-c02:card", "rt-q01:multiple_choice"],
      ],
      ["rt-tcp", "TCP & UDP", true, ["rt-c03:card", "rt-q02:true_false", "rt-q03:typed"]],
    ]);
    expect(preview.plan.counts).toEqual({ new: 6, changed: 0, unchanged: 0, conflict: 0 });
    expect(await prisma.course.count()).toBe(0);
    expect(await prisma.flashcard.count()).toBe(0);
  });

  it("exports again as the same notes, cards, decks and note types", async () => {
    const run = await importPackage(prisma, first, request, null, null);
    if (!run.ok) throw new Error(run.error);
    expect(run.stats).toMatchObject({ created: 6, updated: 0, lessonsCreated: 2 });
    const again = collectionRows(await exportCourse());
    const before = collectionRows(first);
    expect(again.notes).toEqual(before.notes);
    expect(again.cards).toEqual(before.cards);
    expect(again.decks).toEqual(before.decks);
    expect(again.models).toEqual(before.models);
    const q = await prisma.question.findUniqueOrThrow({
      where: { id: "rt-q03" },
      include: { options: true },
    });
    expect(q.options.map((o) => [o.text, o.correct])).toEqual([
      ["80", true],
      ["port 80", true],
    ]);
  });

  it("a second import of the same file changes nothing", async () => {
    const revisions = await prisma.revision.count();
    const stamps = await prisma.flashcard.findMany({
      select: { id: true, updatedAt: true, version: true },
    });
    const run = await importPackage(prisma, first, request, null, null);
    if (!run.ok) throw new Error(run.error);
    expect(run.stats).toMatchObject({ created: 0, updated: 0, unchanged: 6, lessonsCreated: 0 });
    expect(await prisma.revision.count()).toBe(revisions);
    expect(
      await prisma.flashcard.findMany({ select: { id: true, updatedAt: true, version: true } }),
    ).toEqual(stamps);
  });

  it("without recall-lab.json (as after a trip through Anki) the items keep their ids and kinds", async () => {
    const { unzipSync, zipSync } = await import("fflate");
    const files = unzipSync(first);
    delete files["recall-lab.json"];
    const bare = zipSync(files);
    const preview = await previewPackage(prisma, bare, request);
    if (!preview.ok) throw new Error(preview.error);
    const items = preview.plan.lessons.flatMap((l) => l.items);
    expect(items.map((i) => `${i.id}:${i.kind}`).sort()).toEqual([
      "rt-c01:card",
      "rt-c02:card",
      "rt-c03:card",
      "rt-q01:multiple_choice",
      "rt-q02:true_false",
      "rt-q03:typed",
    ]);
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get("rt-q01")!.options).toEqual([
      { text: "bind()", correct: false },
      { text: "accept()", correct: true },
      { text: "send()", correct: false },
    ]);
    expect(byId.get("rt-q03")!.options).toEqual([
      { text: "80", correct: true },
      { text: "port 80", correct: true },
    ]);
    expect(byId.get("rt-c03")).toMatchObject({ status: "unchanged" });
    // Everything but the code block's language (the highlighted HTML doesn't say it) reads back as it was.
    expect(items.filter((i) => i.status !== "unchanged").map((i) => i.id)).toEqual(["rt-c02"]);
    expect(preview.plan.lessons.map((l) => l.slug)).toEqual(["rt-sockets", "rt-tcp"]);
  });
});

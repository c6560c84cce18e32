/** `npm run content:import -- deck.apkg`: the same plan and write as the browser, straight into the database. */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testPrisma } from "../../helpers/db";
import { latestApkg } from "./build-package";
import { sampleDeck } from "./sample";

const { runImportCli } = await import("@/lib/transfer/import/files/cli");
const prisma = await testPrisma();
const dir = mkdtempSync(path.join(os.tmpdir(), "anki-cli-"));

async function cli(...argv: string[]) {
  const lines = { log: [] as string[], error: [] as string[] };
  const code = await runImportCli(
    argv,
    { log: (l) => lines.log.push(l), error: (l) => lines.error.push(l) },
    dir,
    dir,
  );
  return { code, out: lines.log.join("\n"), err: lines.error.join("\n") };
}

describe("content:import with an .apkg", () => {
  const file = path.join(dir, "networking.apkg");
  writeFileSync(file, latestApkg(sampleDeck()));

  it("--dry-run prints the plan and writes nothing", async () => {
    const r = await cli("networking.apkg", "--dry-run");
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'New course networking ("Networking"): 4 notes, 6 cards, 2 media files, 0 reviews',
    );
    expect(r.out).toMatch(/new lesson networking-[0-9a-f]{4} \("Networking"\): 3 items/);
    expect(r.out).toMatch(/new lesson tcp-[0-9a-f]{4} \("TCP"\): 3 items/);
    expect(r.out).toContain("Dry run: nothing was written.");
    expect(await prisma.course.count({ where: { slug: "networking" } })).toBe(0);
  });

  it("writes the course, lessons, items, tags and media; a second run changes nothing", async () => {
    const r = await cli("networking.apkg", "--publish");
    expect(r.err).toBe("");
    expect(r.out).toContain(
      "Wrote 6 new items, updated 0, left 0 unchanged; 2 new lessons, 2 media files stored.",
    );
    const course = await prisma.course.findUniqueOrThrow({
      where: { slug: "networking" },
      include: {
        lessons: { include: { flashcards: true, questions: { include: { options: true } } } },
      },
    });
    expect(course.lessons.map((l) => [l.title, l.flashcards.length, l.questions.length])).toEqual([
      ["Networking", 3, 0],
      ["TCP", 2, 1],
    ]);
    const media = await prisma.mediaFile.findMany({ orderBy: { name: "asc" } });
    expect(media.map((m) => [m.name, m.contentType, m.size])).toEqual([
      ["accept.mp3", "audio/mpeg", 12],
      ["diagram.png", "image/png", 70],
    ]);
    const sources = await prisma.ankiCardSource.findMany({ orderBy: { itemId: "asc" } });
    expect(sources.map((s) => s.tags).sort()).toEqual([
      "",
      "",
      "net basics",
      "ports",
      "ports",
      "tcp",
    ]);
    const again = await cli("networking.apkg", "--publish");
    expect(again.out).toContain(
      "Wrote 0 new items, updated 0, left 6 unchanged; 0 new lessons, 0 media files stored.",
    );
  });

  it("a package with a note type we can't map writes nothing, not even the cards we could", async () => {
    const deck = sampleDeck();
    deck.models.push({
      id: 77,
      name: "Image Occlusion",
      cloze: true,
      fields: ["Occlusion", "Image"],
      templates: [{ name: "IO", qfmt: "{{cloze:Occlusion}}", afmt: "{{cloze:Occlusion}}" }],
    });
    deck.notes.push({
      id: 1005,
      guid: "io-1",
      mid: 77,
      fields: ["{{c1::image-occlusion:rect:left=.1}}", ""],
    });
    deck.cards.push({ id: 2007, nid: 1005, did: 1, ord: 0 });
    deck.decks = [{ id: 31, name: "Other" }];
    for (const c of deck.cards) c.did = 31;
    writeFileSync(path.join(dir, "occlusion.apkg"), latestApkg(deck));
    const counts = async () => [
      await prisma.course.count(),
      await prisma.flashcard.count(),
      await prisma.mediaFile.count(),
      await prisma.revision.count(),
    ];
    const before = await counts();
    const r = await cli("occlusion.apkg", "--publish");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/can't map the note type "Image Occlusion" \(1 card: image occlusion/);
    expect(await counts()).toEqual(before);
  });

  it("a bad package exits 1 naming the problem", async () => {
    writeFileSync(path.join(dir, "bad.apkg"), "not a zip");
    const r = await cli("bad.apkg");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^content:import: bad\.apkg: this is not a zip file, so not an Anki package.*; nothing was written$/,
    );
  });
});

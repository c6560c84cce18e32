/**
 * The instructor's Anki package, read back independently (anki-reader) and with better-sqlite3 against
 * Anki's own invariants: stable ids across exports made at different times, one subdeck per lesson,
 * section tags, drafts and archived items left out, the four question types as their note types, and
 * example code (inline-highlighted) with its real output.
 */
import { createHash } from "node:crypto";
import { decodeHTML } from "entities";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { seedContent } from "../../lib/seed/seed";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";
import { stableId } from "../../lib/transfer/apkg/ids";
import { NOTE_TYPES } from "../../lib/transfer/apkg/note-types";
import { collectionRows, readWithAnkiReader } from "./apkg-read";

const { exportDownload } = await import("../../lib/transfer/export");
const { writeApkg } = await import("../../lib/transfer/apkg/index");
const { deckCourses } = await import("../../lib/transfer/apkg/source");

const prisma = await testPrisma();
const COURSE = "socket-programming";
const html = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const sha1csum = (text: string) =>
  Number.parseInt(createHash("sha1").update(text).digest("hex").slice(0, 8), 16);

async function apkg(): Promise<Uint8Array> {
  const result = await exportDownload({ format: "apkg", course: COURSE });
  if (!result.ok) throw new Error(result.error);
  return result.download.body as Uint8Array;
}

let archivedId = "";
let live: { flashcards: string[]; questions: Array<{ id: string; type: string }> };
const RUN_STDOUT = "stored run: received b'This is the mess'";

beforeAll(async () => {
  await seedContent(prisma, await loadContent());
  const user = await prisma.user.create({
    data: { email: "teach@apkg.test", role: "INSTRUCTOR", passwordHash: "x" },
  });
  session.current = { user: { id: user.id, role: "INSTRUCTOR" } };
  const lesson = await prisma.lesson.findFirstOrThrow({
    where: { course: { slug: COURSE } },
    orderBy: { position: "asc" },
  });
  // A draft and an archived item, neither of which may reach Anki.
  await prisma.flashcard.create({
    data: {
      id: "apkg-draft-card",
      lessonId: lesson.id,
      front: "Draft front",
      back: "Draft back",
      status: "draft",
      position: 999,
    },
  });
  const archived = await prisma.question.findFirstOrThrow({ where: { lessonId: lesson.id } });
  await prisma.question.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  archivedId = archived.id;
  live = {
    flashcards: (
      await prisma.flashcard.findMany({
        where: { lesson: { course: { slug: COURSE } }, status: "published", archivedAt: null },
      })
    ).map((f) => f.id),
    questions: await prisma.question.findMany({
      where: { lesson: { course: { slug: COURSE } }, status: "published", archivedAt: null },
      select: { id: true, type: true },
    }),
  };
});

describe("Anki export for instructors", () => {
  it("keeps note type, deck, note and card ids and guids across exports made at different times", async () => {
    const courses = await deckCourses({ course: COURSE });
    const a = collectionRows(await writeApkg(courses, { now: new Date("2026-03-01T10:00:00Z") }));
    const b = collectionRows(await writeApkg(courses, { now: new Date("2026-11-20T18:30:00Z") }));
    expect(Object.keys(b.models).sort()).toEqual(Object.keys(a.models).sort());
    expect(Object.keys(b.decks).sort()).toEqual(Object.keys(a.decks).sort());
    expect(b.notes.map((n) => [n.id, n.guid, n.mid])).toEqual(
      a.notes.map((n) => [n.id, n.guid, n.mid]),
    );
    expect(b.cards.map((c) => [c.id, c.nid, c.did])).toEqual(
      a.cards.map((c) => [c.id, c.nid, c.did]),
    );
    // And through the route, a third time.
    const c = collectionRows(await apkg());
    expect(c.notes.map((n) => n.guid)).toEqual(a.notes.map((n) => n.guid));
    // Inside Anki's id space: positive, JavaScript-safe, clear of Default (1).
    for (const id of [...Object.keys(a.models), ...Object.keys(a.decks)]
      .map(Number)
      .filter((i) => i !== 1)) {
      expect(id).toBeGreaterThan(1e12);
      expect(id).toBeLessThan(Number.MAX_SAFE_INTEGER);
    }
  });

  it("holds Anki's invariants: csum and sfld, field counts, decks and note types that exist", async () => {
    const { col, notes, cards, models, decks, conf, dconf } = collectionRows(await apkg());
    expect(col.ver).toBe(11);
    for (const note of notes) {
      const model = models[String(note.mid)];
      expect(model, `note ${note.id}'s note type`).toBeDefined();
      const fields = note.flds.split("\x1f");
      expect(fields).toHaveLength(model!.flds.length);
      const stripped = decodeHTML(
        fields[0]!.replace(
          /<!--[\s\S]*?-->|<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<[^>]*>/gi,
          "",
        ),
      ).replace(/\u00a0/g, " ");
      expect(String(note.sfld)).toBe(stripped);
      expect(note.csum).toBe(sha1csum(String(note.sfld)));
      expect(note.tags).toMatch(/^ (\S+ )+$/);
    }
    expect(cards).toHaveLength(notes.length);
    const noteIds = new Set(notes.map((n) => n.id));
    for (const card of cards) {
      expect(decks[String(card.did)], `card ${card.id}'s deck`).toBeDefined();
      expect(noteIds.has(card.nid)).toBe(true);
      expect(card).toMatchObject({ ord: 0, type: 0, queue: 0 });
    }
    for (const deck of Object.values(decks)) expect(dconf[String(deck.conf)]).toBeDefined();
    expect(models[String(conf.curModel)]).toBeDefined();
    expect(decks[String(conf.curDeck)]).toBeDefined();
    for (const m of Object.values(models)) expect(decks[String(m.did)]).toBeDefined();
  });

  it("has one subdeck per lesson, tags sections without spaces, and leaves drafts and archived items out", async () => {
    const bytes = await apkg();
    const { collection } = await readWithAnkiReader(bytes);
    const lessons = await prisma.lesson.findMany({
      where: { course: { slug: COURSE }, archivedAt: null, status: "published" },
      orderBy: { position: "asc" },
    });
    const names = Object.values(collection.getDecks()).map((d) => d.getName());
    expect(names).toContain("Socket Programming");
    for (const l of lessons) expect(names).toContain(`Socket Programming::${l.title}`);
    const cards = Object.values(collection.getDecks()).flatMap((d) => Object.values(d.getCards()));
    expect(cards).toHaveLength(live.flashcards.length + live.questions.length);
    expect(cards.some((c) => c.getRawFields().includes("Draft front"))).toBe(false);
    // Every card sits in its lesson's subdeck, none in the course deck itself.
    const courseDeck = Object.values(collection.getDecks()).find(
      (d) => d.getName() === "Socket Programming",
    )!;
    expect(Object.keys(courseDeck.getCards())).toHaveLength(0);
    // Each item is tagged with its course, lesson and lesson::section, Anki tag syntax (no spaces).
    const { notes } = collectionRows(bytes);
    const tagsOf = new Map(notes.map((n) => [n.id, n.tags.trim().split(" ")]));
    const items = [
      ...(await prisma.flashcard.findMany({
        where: { id: { in: live.flashcards } },
        include: { lesson: true },
      })),
      ...(await prisma.question.findMany({
        where: { id: { in: live.questions.map((q) => q.id) } },
        include: { lesson: true },
      })),
    ];
    expect(items.filter((i) => i.section).length).toBeGreaterThan(0);
    for (const item of items) {
      const tags = tagsOf.get(stableId("note", item.id))!;
      expect(tags, item.id).toEqual(
        expect.arrayContaining([
          COURSE,
          item.lesson.slug,
          ...(item.section ? [`${item.lesson.slug}::${item.section}`] : []),
        ]),
      );
      for (const tag of tags) expect(tag).toMatch(/^\S+$/);
    }
    expect(tagsOf.has(stableId("note", "apkg-draft-card"))).toBe(false);
    expect(tagsOf.has(stableId("note", archivedId))).toBe(false);
  });

  it("gives each question type its note type: options on the front, answer on the back, type-in for typed", async () => {
    const { collection } = await readWithAnkiReader(await apkg());
    const cards = Object.values(collection.getDecks()).flatMap((d) => Object.values(d.getCards()));
    const byType = (name: string) => cards.filter((c) => c.getModel().getName().startsWith(name));
    const questions = await prisma.question.findMany({
      where: { id: { in: live.questions.map((q) => q.id) } },
      include: { options: { orderBy: { position: "asc" } } },
    });
    const count = (type: string) => questions.filter((q) => q.type === type).length;
    expect(byType(NOTE_TYPES.card.name)).toHaveLength(live.flashcards.length);
    for (const type of ["multiple_choice", "true_false", "typed", "output"] as const) {
      expect(count(type), type).toBeGreaterThan(0);
      expect(byType(NOTE_TYPES[type].name), type).toHaveLength(count(type));
    }
    for (const card of byType(NOTE_TYPES.multiple_choice.name)) {
      const [rendered] = card.getQuestions();
      const fields = card.getFields();
      expect(rendered!.getQuestionString()).toContain(fields.Options);
      expect(rendered!.getQuestionString()).not.toContain("rl-answer");
      expect(rendered!.getAnswerString()).toContain(fields.Answer);
      expect(fields.Answer).toMatch(/^<p>[A-Z]\. /);
    }
    const tf = byType(NOTE_TYPES.true_false.name)[0]!;
    expect(tf.getFields().Options).toMatch(/True/);
    expect(tf.getFields().Answer).toMatch(/True|False/);
    const typedModel = byType(NOTE_TYPES.typed.name)[0]!.getModel().getRawModel();
    expect(typedModel.tmpls[0].qfmt).toContain("{{type:Answer}}");
    const typed = questions.find((q) => q.type === "typed")!;
    const typedCards = byType(NOTE_TYPES.typed.name).map((c) => c.getFields().Answer);
    const accepted = typed.options.find((o) => o.correct)!.text;
    expect(typedCards).toContain(
      accepted.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
    );
    for (const answer of typedCards) expect(answer).not.toMatch(/<[a-z]/);
  });

  it("carries example code highlighted with inline styles and the example's latest stored run, else its expected output", async () => {
    const withExample = await prisma.flashcardExample.findFirstOrThrow({
      include: { example: true },
    });
    const example = withExample.example;
    const scenario = JSON.parse(example.scenario) as { processes: Array<{ name: string }> };
    const files = await prisma.exampleFile.findMany({ where: { exampleId: example.id } });
    const { exampleInput, inputHashOf } = await import("../../lib/sandbox/example-input");
    const inputHash = inputHashOf(exampleInput({ ...example, files }));
    const noteId = String(stableId("note", withExample.flashcardId));
    const cardOf = async () => {
      const { collection } = await readWithAnkiReader(await apkg());
      return Object.values(collection.getDecks())
        .flatMap((d) => Object.values(d.getCards()))
        .find((c) => c.getNoteId() === noteId)!;
    };
    const before = (await cardOf()).getFields();
    expect(before.Code).toContain(html(example.title));
    for (const f of files) expect(before.Code).toContain(html(f.name));
    // shiki's colours as inline styles, since Anki has none of our CSS.
    expect(before.Code).toMatch(/<pre class="shiki[^"]*" style="[^"]+"/);
    expect(before.Code).toMatch(/<span style="color:#[0-9A-Fa-f]{6}">/);
    // No stored run yet: the scenario's expected output.
    const expected = Object.entries(JSON.parse(example.scenario).expect ?? {}) as Array<
      [string, string | { stdout?: string; stderr?: string }]
    >;
    expect(expected.length).toBeGreaterThan(0);
    for (const [, e] of expected)
      expect(before.Output).toContain(html(typeof e === "string" ? e : (e.stdout ?? e.stderr!)));
    await prisma.sandboxRun.create({
      data: {
        exampleId: example.id,
        inputHash,
        status: "ok",
        result: JSON.stringify({
          status: "ok",
          processes: scenario.processes.map((p) => ({
            name: p.name,
            exitCode: 0,
            signal: null,
            stoppedBySandbox: false,
            stdout: `${RUN_STDOUT} (${p.name})`,
            stderr: "",
          })),
          transcript: [],
          durationMs: 10,
          expect: null,
        }),
      },
    });
    const after = (await cardOf()).getFields();
    for (const p of scenario.processes)
      expect(after.Output).toContain(html(`${RUN_STDOUT} (${p.name})`));
  });

  // Last: it renames a lesson.
  it("keeps a lesson's deck id when its title changes, and dates notes so Anki takes the newer export", async () => {
    const lesson = await prisma.lesson.findFirstOrThrow({
      where: { course: { slug: COURSE } },
      orderBy: { position: "asc" },
    });
    const first = collectionRows(
      await writeApkg(await deckCourses({ course: COURSE }), {
        now: new Date("2026-03-01T10:00:00Z"),
      }),
    );
    await prisma.lesson.update({ where: { id: lesson.id }, data: { title: "Renamed: clients" } });
    const later = collectionRows(
      await writeApkg(await deckCourses({ course: COURSE }), {
        now: new Date("2026-04-01T10:00:00Z"),
      }),
    );
    const deckId = String(stableId("deck", "lesson", lesson.slug));
    expect(first.decks[deckId]!.name).toBe(`Socket Programming::${lesson.title}`);
    expect(later.decks[deckId]!.name).toBe("Socket Programming::Renamed: clients");
    expect(Object.keys(later.decks).sort()).toEqual(Object.keys(first.decks).sort());
    const mod = (rows: typeof first) => (rows.notes[0] as unknown as { mod: number }).mod;
    expect(mod(later)).toBeGreaterThan(mod(first));
  });
});

import { describe, expect, it, vi } from "vitest";
import { loadContent } from "../../lib/content/load";
import { seedContent } from "../../lib/seed/seed";
import { testPrisma } from "../helpers/db";
import { fixtureCards } from "../helpers/fixture-content";
import { makeUsers, seedFixtureCourse, signIn } from "./helpers";
import { session } from "../helpers/session";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const prisma = await testPrisma();
const { saveItemAction } = await import("../../app/(teach)/teach/actions");
const { fixture, lesson } = await seedFixtureCourse(prisma);
const users = await makeUsers(prisma, "seed");
const reseed = async () => seedContent(prisma, await loadContent(fixture.root));
const cardRow = () => prisma.flashcard.findUniqueOrThrow({ where: { id: "fx-c01" } });
const revisions = () =>
  prisma.revision.findMany({
    where: { entityType: "flashcard", entityId: "fx-c01" },
    orderBy: { version: "asc" },
  });

describe("seed and browser edits", () => {
  it("the first seed records version 1 of every item as a seed revision", async () => {
    expect((await revisions()).map((r) => [r.version, r.reason])).toEqual([[1, "seed"]]);
    expect(await prisma.revision.count({ where: { reason: "seed" } })).toBe(1 + 1 + 2 + 2 + 1);
  });

  it("a re-seed with unchanged files keeps the browser edit", async () => {
    signIn(session, users.instructor);
    const edit = {
      ...fixtureCards()[0]!,
      kind: "card",
      examples: [],
      back: "Fixed in the browser.",
    };
    expect(
      await saveItemAction("flashcard", { id: "fx-c01", version: 1, content: edit }),
    ).toMatchObject({ ok: true, version: 2 });
    const created = await saveItemAction("flashcard", {
      parentId: lesson.id,
      version: 0,
      content: { id: "fx-c-browser", front: "connect()", back: "Opens a connection." },
    });
    expect(created).toMatchObject({ ok: true });
    await reseed();
    expect(await cardRow()).toMatchObject({ back: "Fixed in the browser.", version: 2 });
    // Items created in the browser are not in the files, and are not archived for it.
    expect(
      (await prisma.flashcard.findUniqueOrThrow({ where: { id: "fx-c-browser" } })).archivedAt,
    ).toBeNull();
  });

  it("when the file itself changed, the file wins as a new version and the browser edit stays in history", async () => {
    const cards = fixtureCards();
    cards[0]!.back = "Changed in the file.";
    fixture.write("lessons/01-fixture-lesson/flashcards.yaml", cards);
    await reseed();
    expect(await cardRow()).toMatchObject({ back: "Changed in the file.", version: 3 });
    const history = await revisions();
    expect(history.map((r) => [r.version, r.reason])).toEqual([
      [1, "seed"],
      [2, "edit"],
      [3, "seed"],
    ]);
    expect(JSON.parse(history[1]!.snapshot).back).toBe("Fixed in the browser.");
    // And a further unchanged re-seed writes nothing new.
    const stats = await reseed();
    expect(stats).toMatchObject({ created: 0, updated: 0 });
    expect(await revisions()).toHaveLength(3);
  });

  it("a browser archive survives a re-seed", async () => {
    const { itemCommandAction } = await import("../../app/(teach)/teach/actions");
    expect(
      await itemCommandAction("archive", { type: "flashcard", id: "fx-c02", version: 1 }),
    ).toEqual({ ok: true });
    await reseed();
    expect(
      (await prisma.flashcard.findUniqueOrThrow({ where: { id: "fx-c02" } })).archivedAt,
    ).not.toBeNull();
  });
});

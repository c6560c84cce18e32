/**
 * The list rows' controls (one form, decision 0014) and the export page's words: commands answer
 * with a FormState, a draft is published or discarded from the list, and the export page explains
 * each download without commands or file paths.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";
import { makeUsers, seedFixtureCourse, signIn } from "./helpers";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const prisma = await testPrisma();
const { itemControlAction } = await import("../../app/(teach)/teach/item-actions");
const { saveDraft } = await import("../../lib/authoring/drafts");
const { teachLesson } = await import("../../lib/authoring/queries");
const ExportPage = (await import("../../app/(teach)/teach/export/page")).default;

const { lesson } = await seedFixtureCourse(prisma);
const users = await makeUsers(prisma, "controls");
const send = async (fields: Record<string, string | number>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, String(v));
  return itemControlAction({ ok: false }, form);
};
const row = () => prisma.flashcard.findUniqueOrThrow({ where: { id: "fx-c01" } });

describe("item controls", () => {
  beforeEach(() => signIn(session, users.instructor));

  it("moves, unpublishes and publishes with a message; an unknown command is refused by name", async () => {
    const order = async () =>
      (
        await prisma.flashcard.findMany({
          where: { lessonId: lesson.id },
          orderBy: { position: "asc" },
        })
      ).map((c) => c.id);
    const before = await order();
    expect(await send({ type: "flashcard", id: before[0]!, version: 1, command: "down" })).toEqual({
      ok: true,
      message: "Moved down.",
    });
    expect(await order()).toEqual([before[1], before[0]]);
    const v = (await row()).version;
    expect(
      await send({ type: "flashcard", id: "fx-c01", version: v, command: "unpublish" }),
    ).toMatchObject({
      ok: true,
    });
    expect((await row()).status).toBe("draft");
    const stale = await send({ type: "flashcard", id: "fx-c01", version: v, command: "publish" });
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/reload/) });
    await send({ type: "flashcard", id: "fx-c01", version: v + 1, command: "publish" });
    expect((await row()).status).toBe("published");
    const bad = await send({ type: "flashcard", id: "fx-c01", version: v, command: "explode" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { command: ["Unknown command."] } });
  });

  it("the lesson list marks pending drafts; Publish draft makes it live, Discard drops it", async () => {
    const v = (await row()).version;
    const content = {
      id: "fx-c01",
      front: "bind()",
      back: "Drafted back.",
      kind: "card",
      section: "server-calls",
      examples: [],
    };
    await saveDraft("flashcard", { id: "fx-c01", version: v, content });
    const listed = (await teachLesson(lesson.id))!.flashcards;
    expect(listed.find((c) => c.id === "fx-c01")).toMatchObject({ hasDraft: true });
    expect(listed.find((c) => c.id === "fx-c02")).toMatchObject({ hasDraft: false });
    expect(
      await send({ type: "flashcard", id: "fx-c01", version: v, command: "publish-draft" }),
    ).toEqual({ ok: true, message: "Draft published: learners see it now." });
    expect(await row()).toMatchObject({ back: "Drafted back.", version: v + 1 });
    await saveDraft("flashcard", {
      id: "fx-c01",
      version: v + 1,
      content: { ...content, back: "x y z" },
    });
    await send({ type: "flashcard", id: "fx-c01", version: v + 1, command: "discard-draft" });
    expect(await prisma.draft.count()).toBe(0);
    expect((await row()).back).toBe("Drafted back.");
  });

  it("refuses a learner with a message, changing nothing", async () => {
    signIn(session, users.learner);
    const before = await row();
    expect(
      await send({ type: "flashcard", id: "fx-c01", version: before.version, command: "archive" }),
    ).toEqual({
      ok: false,
      message: "Your role does not allow this.",
    });
    expect(await row()).toEqual(before);
  });
});

describe("export page", () => {
  it("explains each download in words, with no commands, code marks or file paths", async () => {
    signIn(session, users.instructor);
    const html = renderToStaticMarkup(await ExportPage());
    const text = html.replace(/<[^>]+>/g, " ");
    expect(text).not.toMatch(/`|npm |content:export|--force|content\/courses|<course>/);
    expect(html).not.toContain("<code>");
    for (const words of ["Full backup", "Spreadsheet (CSV)", "Course files", "Anki package"])
      expect(text).toContain(words);
  });
});

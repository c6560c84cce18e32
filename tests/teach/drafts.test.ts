/**
 * Drafts of published items: saved beside the live version (learners see the old one), published
 * later as the next version with both in the history, discarded, refused when stale, role-checked.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";
import { everything, fixtureCard, makeUsers, seedFixtureCourse, signIn } from "./helpers";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const prisma = await testPrisma();
const { saveDraft, publishDraft, discardDraft, itemDraft, draftIds } =
  await import("../../lib/authoring/drafts");
const { saveItem } = await import("../../lib/authoring/save");
const { itemHistory } = await import("../../lib/authoring/history");
const { getLesson } = await import("../../lib/courses/queries");

await seedFixtureCourse(prisma);
const users = await makeUsers(prisma, "drafts");
const version = async () =>
  (await prisma.flashcard.findUniqueOrThrow({ where: { id: "fx-c01" } })).version;
/** What a learner's lesson page shows for the card. */
const learnerSees = async () => {
  const lesson = await getLesson(
    { id: users.learner.id, email: "", name: null, role: "LEARNER" },
    "fixture-lesson",
  );
  return lesson!.flashcards.find((c) => c.id === "fx-c01")!.back;
};

describe("drafts of a published item", () => {
  beforeEach(() => signIn(session, users.instructor));

  it("learners keep the live version until Publish; then it is the next version, history kept", async () => {
    const live = await learnerSees();
    const v = await version();
    const saved = await saveDraft("flashcard", {
      id: "fx-c01",
      version: v,
      content: fixtureCard("A draft rewrite."),
    });
    expect(saved).toMatchObject({ ok: true, version: v });
    expect(await version()).toBe(v);
    expect(await learnerSees()).toBe(live);
    expect(await itemDraft("flashcard", "fx-c01")).toMatchObject({
      baseVersion: v,
      snapshot: { back: "A draft rewrite." },
      savedBy: "INSTRUCTOR drafts",
    });
    expect(await draftIds("flashcard", ["fx-c01", "fx-c02"])).toEqual(new Set(["fx-c01"]));

    // Saving the draft again replaces it (one draft per item).
    await saveDraft("flashcard", {
      id: "fx-c01",
      version: v,
      content: fixtureCard("Second draft."),
    });
    expect(await prisma.draft.count()).toBe(1);
    expect(await learnerSees()).toBe(live);

    expect(await publishDraft({ type: "flashcard", id: "fx-c01" })).toEqual({ ok: true });
    expect(await learnerSees()).toBe("Second draft.");
    expect(await version()).toBe(v + 1);
    expect(await itemDraft("flashcard", "fx-c01")).toBeNull();
    const history = (await itemHistory("flashcard", "fx-c01"))!;
    expect(history.revisions[0]).toMatchObject({ version: v + 1, reason: "publish" });
    expect(history.revisions[0]!.snapshotText).toContain("Second draft.");
    expect(history.revisions.some((r) => r.snapshotText.includes(live))).toBe(true);
  });

  it("discarding drops the draft and leaves the live version", async () => {
    const v = await version();
    const live = await learnerSees();
    await saveDraft("flashcard", { id: "fx-c01", version: v, content: fixtureCard("Never mind.") });
    expect(await discardDraft({ type: "flashcard", id: "fx-c01" })).toEqual({ ok: true });
    expect(await itemDraft("flashcard", "fx-c01")).toBeNull();
    expect(await version()).toBe(v);
    expect(await learnerSees()).toBe(live);
    expect(await discardDraft({ type: "flashcard", id: "fx-c01" })).toMatchObject({
      ok: false,
      status: 404,
    });
  });

  it("refuses to publish a draft whose live version moved on, and a draft from a stale editor", async () => {
    const v = await version();
    await saveDraft("flashcard", { id: "fx-c01", version: v, content: fixtureCard("Old base.") });
    // Someone saves the live item meanwhile.
    expect(
      await saveItem("flashcard", { id: "fx-c01", version: v, content: fixtureCard("Live edit.") }),
    ).toMatchObject({ ok: true, version: v + 1 });
    const before = await everything(prisma);
    expect(await publishDraft({ type: "flashcard", id: "fx-c01" })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await everything(prisma)).toBe(before);
    expect(await learnerSees()).toBe("Live edit.");
    // An editor that loaded version v can't save a draft over v + 1 either.
    expect(
      await saveDraft("flashcard", { id: "fx-c01", version: v, content: fixtureCard("Stale.") }),
    ).toMatchObject({ ok: false, status: 409, conflict: { theirs: { version: v + 1 } } });
    await discardDraft({ type: "flashcard", id: "fx-c01" });
  });

  it("validates like a save, writes nothing when invalid, and refuses learners", async () => {
    const v = await version();
    const bad = await saveDraft("flashcard", {
      id: "fx-c01",
      version: v,
      content: fixtureCard(""),
    });
    expect(bad).toMatchObject({ ok: false, status: 422, fieldErrors: { back: expect.anything() } });
    expect(await prisma.draft.count()).toBe(0);
    signIn(session, users.learner);
    await expect(
      saveDraft("flashcard", { id: "fx-c01", version: v, content: fixtureCard("x") }),
    ).rejects.toThrow(/role/);
    await expect(publishDraft({ type: "flashcard", id: "fx-c01" })).rejects.toThrow(/role/);
    expect(await prisma.draft.count()).toBe(0);
  });
});

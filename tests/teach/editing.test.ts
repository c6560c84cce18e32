import { beforeEach, describe, expect, it, vi } from "vitest";
import { testPrisma } from "../helpers/db";
import { fixtureCard, makeUsers, pageOutcome, seedFixtureCourse, signIn } from "./helpers";
import { session } from "../helpers/session";

// Saves revalidate every page (decision 0014); recorded here, as no request is running.
const revalidated = vi.hoisted(() => [] as string[][]);
vi.mock("next/cache", () => ({
  revalidatePath: (...args: string[]) => void revalidated.push(args),
}));

const prisma = await testPrisma();
const { saveItemAction, restoreAction, itemCommandAction, moveAction } =
  await import("../../app/(teach)/teach/actions");
const { getLesson, getCourse } = await import("../../lib/courses/queries");
const LessonPage = (
  await import("../../app/(learn)/courses/[courseSlug]/lessons/[lessonSlug]/page")
).default;

const { course, lesson } = await seedFixtureCourse(prisma);
const users = await makeUsers(prisma, "edit");

describe("editing", () => {
  beforeEach(() => signIn(session, users.instructor));

  it("refuses a save based on an older version, returns both versions, and changes nothing", async () => {
    const first = await saveItemAction("flashcard", {
      id: "fx-c01",
      version: 1,
      content: fixtureCard("Alice's fix."),
    });
    expect(first).toMatchObject({ ok: true, version: 2 });
    expect(revalidated).toEqual([["/", "layout"]]);
    const before = await prisma.flashcard.findUniqueOrThrow({ where: { id: "fx-c01" } });
    const revisions = await prisma.revision.count();
    // Bob loaded version 1 too and saves after Alice.
    const stale = await saveItemAction("flashcard", {
      id: "fx-c01",
      version: 1,
      content: fixtureCard("Bob's text."),
    });
    expect(stale).toMatchObject({
      ok: false,
      status: 409,
      conflict: {
        theirs: { version: 2, snapshot: { back: "Alice's fix." }, savedBy: "INSTRUCTOR edit" },
        mine: { back: "Bob's text." },
      },
    });
    expect(await prisma.flashcard.findUniqueOrThrow({ where: { id: "fx-c01" } })).toEqual(before);
    expect(await prisma.revision.count()).toBe(revisions);
    expect(revalidated, "a refused save revalidates nothing").toHaveLength(1);
    // Saving over theirs on purpose uses their version.
    expect(
      await saveItemAction("flashcard", {
        id: "fx-c01",
        version: 2,
        content: fixtureCard("Bob's text."),
      }),
    ).toMatchObject({ ok: true, version: 3 });
  });

  it("validates with the content schemas, errors per field, and writes nothing until valid", async () => {
    const before = await prisma.question.findUniqueOrThrow({
      where: { id: "fx-q01" },
      include: { options: true },
    });
    const bad = {
      id: "fx-q01",
      type: "multiple_choice",
      prompt: "",
      options: [
        { text: "a", correct: true },
        { text: "b", correct: true },
      ],
      explanation: "x",
      examples: ["no-such-example"],
    };
    const result = await saveItemAction("question", { id: "fx-q01", version: 1, content: bad });
    expect(result).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: {
        prompt: [expect.any(String)],
        options: [expect.stringContaining("exactly 1 correct")],
      },
    });
    const unknownExample = await saveItemAction("question", {
      id: "fx-q01",
      version: 1,
      content: { ...bad, prompt: "p", options: [{ text: "a", correct: true }, { text: "b" }] },
    });
    expect(unknownExample).toMatchObject({
      ok: false,
      fieldErrors: { examples: [expect.stringContaining("no-such-example")] },
    });
    expect(
      await prisma.question.findUniqueOrThrow({
        where: { id: "fx-q01" },
        include: { options: true },
      }),
    ).toEqual(before);
  });

  it("records a revision per save and restores an old one as a new version", async () => {
    const q = {
      id: "fx-q02",
      type: "true_false",
      prompt: "UDP needs a connection before sending.",
      options: [
        { text: "True", correct: false },
        { text: "False", correct: true },
      ],
      explanation: "UDP is connectionless.",
      examples: [],
      authored: false,
    };
    expect(
      await saveItemAction("question", {
        id: "fx-q02",
        version: 1,
        content: { ...q, explanation: "Wrong explanation." },
      }),
    ).toMatchObject({ ok: true, version: 2 });
    const history = await prisma.revision.findMany({
      where: { entityType: "question", entityId: "fx-q02" },
      orderBy: { version: "asc" },
    });
    expect(history.map((r) => [r.version, r.reason, r.authorId])).toEqual([
      [1, "seed", null],
      [2, "edit", users.instructor.id],
    ]);
    const restored = await restoreAction({
      type: "question",
      id: "fx-q02",
      revisionId: history[0]!.id,
      version: 2,
    });
    expect(restored).toMatchObject({ ok: true, version: 3 });
    expect((await prisma.question.findUniqueOrThrow({ where: { id: "fx-q02" } })).explanation).toBe(
      "UDP is connectionless.",
    );
    const last = await prisma.revision.findFirstOrThrow({
      where: { entityType: "question", entityId: "fx-q02", version: 3 },
    });
    expect(last.reason).toBe("restore");
    expect(JSON.parse(last.snapshot)).toEqual(JSON.parse(history[0]!.snapshot));
  });

  it("keeps learners' review state across edits, and resets it only when asked (logs kept)", async () => {
    const item = await prisma.reviewItem.create({
      data: {
        userId: users.learner.id,
        flashcardId: "fx-c02",
        due: new Date(Date.now() + 9e8),
        reps: 4,
        stability: 12,
        state: 2,
      },
    });
    await prisma.reviewLog.create({
      data: {
        reviewItemId: item.id,
        userId: users.learner.id,
        rating: 3,
        stateBefore: 1,
        dueBefore: new Date(),
        elapsedDays: 1,
        scheduledDays: 9,
        previous: "{}",
      },
    });
    const c2 = {
      id: "fx-c02",
      front: "listen()",
      back: "Marks the socket passive.",
      kind: "card",
      examples: [],
    };
    expect(
      await saveItemAction("flashcard", { id: "fx-c02", version: 1, content: c2 }),
    ).toMatchObject({ ok: true });
    expect(await prisma.reviewItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      reps: 4,
      stability: 12,
      state: 2,
    });
    expect(
      await saveItemAction("flashcard", {
        id: "fx-c02",
        version: 2,
        content: { ...c2, back: "Something else entirely." },
        resetSchedule: true,
      }),
    ).toMatchObject({ ok: true });
    expect(await prisma.reviewItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      reps: 0,
      stability: 0,
      state: 0,
      lastReview: null,
    });
    expect(await prisma.reviewLog.count({ where: { reviewItemId: item.id } })).toBe(1);
  });

  it("new items are drafts: absent from learner queries, 404 on the learner page, visible once published", async () => {
    const created = await saveItemAction("lesson", {
      parentId: course.id,
      version: 0,
      content: {
        slug: "draft-lesson",
        title: "Draft lesson",
        summary: "",
        sources: [],
        body: "## Intro\n\nSoon.",
      },
    });
    expect(created).toMatchObject({ ok: true, version: 1 });
    const draftId = created.ok ? created.id : "";
    await saveItemAction("question", {
      parentId: lesson.id,
      version: 0,
      content: {
        id: "fx-q-draft",
        type: "typed",
        prompt: "Name the call.",
        options: [{ text: "bind", correct: true }],
        explanation: "bind.",
      },
    });
    await saveItemAction("flashcard", {
      parentId: lesson.id,
      version: 0,
      content: { id: "fx-c-draft", front: "f", back: "b" },
    });
    signIn(session, users.learner);
    const learner = {
      id: users.learner.id,
      email: users.learner.email,
      name: null,
      role: "LEARNER" as const,
    };
    expect(await getLesson(learner, "draft-lesson")).toBeNull();
    expect((await getCourse(learner, "fixture-course"))!.lessons.map((l) => l.slug)).toEqual([
      "fixture-lesson",
    ]);
    const live = await getLesson(learner, "fixture-lesson");
    expect(live!.questions.map((q) => q.id)).not.toContain("fx-q-draft");
    expect(live!.flashcards.map((c) => c.id)).not.toContain("fx-c-draft");
    const visit = () =>
      LessonPage({
        params: Promise.resolve({ courseSlug: "fixture-course", lessonSlug: "draft-lesson" }),
      });
    expect(await pageOutcome(visit)).toBe("not-found");
    signIn(session, users.instructor);
    expect(await itemCommandAction("publish", { type: "lesson", id: draftId, version: 1 })).toEqual(
      { ok: true },
    );
    expect(await getLesson(learner, "draft-lesson")).not.toBeNull();
    signIn(session, users.learner);
    expect(await pageOutcome(visit)).toBe("ok");
  });

  it("archiving hides an item from learners and keeps its row and learners' history", async () => {
    const item = await prisma.reviewItem.create({
      data: { userId: users.admin.id, questionId: "fx-q01", due: new Date() },
    });
    const q = await prisma.question.findUniqueOrThrow({ where: { id: "fx-q01" } });
    expect(
      await itemCommandAction("archive", { type: "question", id: "fx-q01", version: q.version }),
    ).toEqual({ ok: true });
    const learner = { id: users.learner.id, email: "", name: null, role: "LEARNER" as const };
    expect((await getLesson(learner, "fixture-lesson"))!.questions.map((x) => x.id)).not.toContain(
      "fx-q01",
    );
    expect(await prisma.reviewItem.findUnique({ where: { id: item.id } })).not.toBeNull();
  });

  it("moves items up and down within their list", async () => {
    const order = async () =>
      (
        await prisma.flashcard.findMany({
          where: { lessonId: lesson.id },
          orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        })
      ).map((c) => c.id);
    const before = await order();
    expect(await moveAction({ type: "flashcard", id: before[1]!, direction: "up" })).toEqual({
      ok: true,
    });
    expect(await order()).toEqual([before[1], before[0], ...before.slice(2)]);
  });
});

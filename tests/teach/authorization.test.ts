import { beforeAll, describe, expect, it, vi } from "vitest";
import { testPrisma } from "../helpers/db";
import { everything, makeUsers, pageOutcome, seedFixtureCourse, signIn } from "./helpers";
import { session } from "../helpers/session";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const prisma = await testPrisma();
const actions = await import("../../app/(teach)/teach/actions");
const userActions = await import("../../app/(teach)/teach/users/actions");
const pages = {
  teach: (await import("../../app/(teach)/teach/page")).default,
  newCourse: (await import("../../app/(teach)/teach/courses/new/page")).default,
  course: (await import("../../app/(teach)/teach/courses/[courseId]/page")).default,
  newLesson: (await import("../../app/(teach)/teach/lessons/new/page")).default,
  lesson: (await import("../../app/(teach)/teach/lessons/[lessonId]/page")).default,
  preview: (await import("../../app/(teach)/teach/lessons/[lessonId]/preview/page")).default,
  newQuestion: (await import("../../app/(teach)/teach/questions/new/page")).default,
  question: (await import("../../app/(teach)/teach/questions/[questionId]/page")).default,
  newCard: (await import("../../app/(teach)/teach/flashcards/new/page")).default,
  card: (await import("../../app/(teach)/teach/flashcards/[flashcardId]/page")).default,
  newExample: (await import("../../app/(teach)/teach/examples/new/page")).default,
  example: (await import("../../app/(teach)/teach/examples/[exampleId]/page")).default,
  history: (await import("../../app/(teach)/teach/history/[type]/[id]/page")).default,
};
const usersPage = (await import("../../app/(teach)/teach/users/page")).default;

const { course, lesson } = await seedFixtureCourse(prisma);
const users = await makeUsers(prisma, "authz");
const p = <T>(v: T) => Promise.resolve(v);

const pageCalls: Array<[string, () => Promise<unknown>]> = [
  ["/teach", () => pages.teach()],
  ["/teach/courses/new", () => pages.newCourse()],
  ["/teach/courses/[id]", () => pages.course({ params: p({ courseId: course.id }) })],
  ["/teach/lessons/new", () => pages.newLesson({ searchParams: p({ course: course.id }) })],
  ["/teach/lessons/[id]", () => pages.lesson({ params: p({ lessonId: lesson.id }) })],
  ["/teach/lessons/[id]/preview", () => pages.preview({ params: p({ lessonId: lesson.id }) })],
  ["/teach/questions/new", () => pages.newQuestion({ searchParams: p({ lesson: lesson.id }) })],
  ["/teach/questions/[id]", () => pages.question({ params: p({ questionId: "fx-q01" }) })],
  ["/teach/flashcards/new", () => pages.newCard({ searchParams: p({ lesson: lesson.id }) })],
  ["/teach/flashcards/[id]", () => pages.card({ params: p({ flashcardId: "fx-c01" }) })],
  ["/teach/examples/new", () => pages.newExample({ searchParams: p({ course: course.id }) })],
  ["/teach/examples/[id]", () => pages.example({ params: p({ exampleId: "fx-echo" }) })],
  [
    "/teach/history/[type]/[id]",
    () => pages.history({ params: p({ type: "flashcard", id: "fx-c01" }) }),
  ],
];

const newCard = {
  id: "fx-c-new",
  front: "accept()",
  back: "Returns a new socket per client.",
  kind: "card",
  examples: [],
};
const editCard = { ...newCard, id: "fx-c01", front: "bind()", back: "Edited back." };
// Every action, with arguments that would write if allowed.
const actionCalls: Array<[string, () => Promise<{ ok: boolean; status?: number }>]> = [
  [
    "save (create)",
    () =>
      actions.saveItemAction("flashcard", { parentId: lesson.id, version: 0, content: newCard }),
  ],
  [
    "save (edit)",
    () => actions.saveItemAction("flashcard", { id: "fx-c01", version: 1, content: editCard }),
  ],
  [
    "publish",
    () => actions.itemCommandAction("unpublish", { type: "flashcard", id: "fx-c02", version: 1 }),
  ],
  [
    "archive",
    () => actions.itemCommandAction("archive", { type: "question", id: "fx-q02", version: 1 }),
  ],
  ["move", () => actions.moveAction({ type: "flashcard", id: "fx-c02", direction: "up" })],
  ["preview", () => actions.previewAction("**hi**")],
];

describe("instructor area authorization", () => {
  let restoreId = "";
  beforeAll(async () => {
    restoreId = (
      await prisma.revision.findFirstOrThrow({
        where: { entityType: "flashcard", entityId: "fx-c01" },
      })
    ).id;
    // Runs after "save (edit)" took fx-c01 to version 2.
    actionCalls.push([
      "restore",
      () =>
        actions.restoreAction({
          type: "flashcard",
          id: "fx-c01",
          revisionId: restoreId,
          version: 2,
        }),
    ]);
  });

  it("pages: anonymous → sign-in, learner → 403 page, instructor and admin → allowed", async () => {
    for (const [path, render] of pageCalls) {
      signIn(session, null);
      expect(await pageOutcome(render), path).toMatch(/^redirect:\/signin\?callbackUrl=%2Fteach/);
      signIn(session, users.learner);
      expect(await pageOutcome(render), path).toBe("forbidden");
      signIn(session, users.instructor);
      expect(await pageOutcome(render), path).toBe("ok");
      signIn(session, users.admin);
      expect(await pageOutcome(render), path).toBe("ok");
    }
  });

  it("the users page is for admins only", async () => {
    signIn(session, null);
    expect(await pageOutcome(() => usersPage())).toMatch(/^redirect:\/signin/);
    for (const user of [users.learner, users.instructor]) {
      signIn(session, user);
      expect(await pageOutcome(() => usersPage())).toBe("forbidden");
    }
    signIn(session, users.admin);
    expect(await pageOutcome(() => usersPage())).toBe("ok");
  });

  it("actions: anonymous → 401, learner → 403, and nothing is written", async () => {
    const before = await everything(prisma);
    for (const [name, call] of actionCalls) {
      signIn(session, null);
      expect(await call(), name).toMatchObject({ ok: false, status: 401 });
      signIn(session, users.learner);
      expect(await call(), name).toMatchObject({ ok: false, status: 403 });
    }
    for (const user of [null, users.learner, users.instructor]) {
      signIn(session, user);
      expect(
        await userActions.changeRoleAction({ userId: users.learner.id, role: "ADMIN" }),
      ).toMatchObject({ ok: false, status: user ? 403 : 401 });
      expect(
        await userActions.setDisabledAction({ userId: users.learner.id, disabled: true }),
      ).toMatchObject({ ok: false, status: user ? 403 : 401 });
    }
    for (const user of [null, users.learner]) {
      signIn(session, user);
      expect(
        await actions.runDraftAction({
          files: { "a.py": "print(1)" },
          scenario: "title: t\nprocesses: [{ name: a, run: a.py }]",
        }),
      ).toMatchObject({ ok: false, status: user ? 403 : 401 });
    }
    expect(await everything(prisma)).toBe(before);
  });

  it("commands named like Object's own properties: the role is checked first, then 422, nothing runs", async () => {
    const before = await everything(prisma);
    const input = { type: "flashcard", id: "fx-c02", version: 1 };
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"]) {
      const command = name as Parameters<typeof actions.itemCommandAction>[0];
      signIn(session, null);
      expect(await actions.itemCommandAction(command, input), name).toMatchObject({
        ok: false,
        status: 401,
      });
      signIn(session, users.learner);
      expect(await actions.itemCommandAction(command, input), name).toMatchObject({
        ok: false,
        status: 403,
      });
      signIn(session, users.admin);
      expect(await actions.itemCommandAction(command, input), name).toEqual({
        ok: false,
        status: 422,
        error: "Unknown command.",
      });
      // Saving under such a kind: the same order.
      const save = () => actions.saveItemAction(name, { id: "fx-c02", version: 1, content: {} });
      signIn(session, null);
      expect(await save(), name).toMatchObject({ ok: false, status: 401 });
      signIn(session, users.admin);
      expect(await save(), name).toMatchObject({ ok: false, status: 422 });
    }
    expect(await everything(prisma)).toBe(before);
  });

  it("actions: an instructor is allowed", async () => {
    signIn(session, users.instructor);
    for (const [name, call] of actionCalls) expect(await call(), name).toMatchObject({ ok: true });
    expect(await prisma.flashcard.findUniqueOrThrow({ where: { id: "fx-c-new" } })).toMatchObject({
      status: "draft",
    });
    signIn(session, users.admin);
    expect(
      await userActions.changeRoleAction({ userId: users.learner.id, role: "INSTRUCTOR" }),
    ).toEqual({ ok: true });
  });

  it("a disabled instructor is treated as signed out", async () => {
    await prisma.user.update({ where: { id: users.instructor.id }, data: { disabled: true } });
    signIn(session, users.instructor);
    expect(await pageOutcome(pages.teach)).toMatch(/^redirect:\/signin/);
    expect(await actions.previewAction("x")).toMatchObject({ ok: false, status: 401 });
  });
});

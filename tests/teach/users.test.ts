import { describe, expect, it, vi } from "vitest";
import { checkCredentials } from "../../lib/auth/credentials";
import { hashPassword } from "../../lib/auth/passwords";
import { testPrisma } from "../helpers/db";
import { makeUsers, signIn } from "./helpers";
import { session } from "../helpers/session";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const prisma = await testPrisma();
const { changeRoleAction, setDisabledAction } =
  await import("../../app/(teach)/teach/users/actions");
const { listUsers } = await import("../../lib/users/admin");
const users = await makeUsers(prisma, "admin");

describe("users (admin)", () => {
  it("lists users and changes a role", async () => {
    signIn(session, users.admin);
    expect((await listUsers()).map((u) => u.email)).toContain(users.learner.email);
    expect(await changeRoleAction({ userId: users.learner.id, role: "INSTRUCTOR" })).toEqual({
      ok: true,
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: users.learner.id } })).role).toBe(
      "INSTRUCTOR",
    );
    expect(await changeRoleAction({ userId: users.learner.id, role: "OWNER" })).toMatchObject({
      ok: false,
      status: 422,
    });
  });

  it("counts a learner's ratings as reviews, not the resets logged beside them", async () => {
    signIn(session, users.admin);
    const learner = await prisma.user.create({
      data: { email: "counted@example.com", passwordHash: await hashPassword("counted-learner-1") },
    });
    const item = await prisma.reviewItem.create({ data: { userId: learner.id, due: new Date() } });
    const log = (source: string, rating: number) =>
      prisma.reviewLog.create({
        data: {
          reviewItemId: item.id,
          userId: learner.id,
          rating,
          source,
          stateBefore: 0,
          dueBefore: new Date(),
          elapsedDays: 0,
          scheduledDays: 0,
          previous: "{}",
        },
      });
    await log("review", 3);
    await log("quiz", 1);
    await log("reset", 0);
    const row = (await listUsers()).find((u) => u.id === learner.id)!;
    expect(row._count.reviewLogs).toBe(2);
  });

  it("an admin can't demote or disable themselves", async () => {
    signIn(session, users.admin);
    expect(await changeRoleAction({ userId: users.admin.id, role: "LEARNER" })).toMatchObject({
      ok: false,
      error: expect.stringContaining("your own"),
    });
    expect(await setDisabledAction({ userId: users.admin.id, disabled: true })).toMatchObject({
      ok: false,
      error: expect.stringContaining("your own"),
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: users.admin.id } })).toMatchObject({
      role: "ADMIN",
      disabled: false,
    });
  });

  it("a disabled account can't sign in and keeps its data; enabling lets it back in", async () => {
    const email = "disable-me@teach.test";
    const user = await prisma.user.create({
      data: { email, passwordHash: await hashPassword("pass-word-1") },
    });
    await prisma.quizAttempt.create({ data: { userId: user.id, courseSlug: "x" } });
    signIn(session, users.admin);
    expect(await setDisabledAction({ userId: user.id, disabled: true })).toEqual({ ok: true });
    expect(await checkCredentials(prisma, { email, password: "pass-word-1" })).toEqual({
      ok: false,
      error: "invalid",
    });
    expect(await prisma.quizAttempt.count({ where: { userId: user.id } })).toBe(1);
    expect(await setDisabledAction({ userId: user.id, disabled: false })).toEqual({ ok: true });
    expect(await checkCredentials(prisma, { email, password: "pass-word-1" })).toMatchObject({
      ok: true,
      user: { email },
    });
  });
});

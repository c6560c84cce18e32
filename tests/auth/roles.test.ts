import { beforeEach, describe, expect, it } from "vitest";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";

// The session (the signed JWT) is the only thing faked; roles and disabled flags come from the real DB.
const { requireUser, AuthError } = await import("../../lib/auth/session");

const prisma = await testPrisma();
const make = (email: string, role: "LEARNER" | "INSTRUCTOR" | "ADMIN") =>
  prisma.user.create({ data: { email, role, passwordHash: "x" } });

describe("requireUser (the data-access layer's gate)", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("no session → 401", async () => {
    await expect(requireUser()).rejects.toMatchObject({ status: 401 });
  });

  it("learner on an instructor resource → 403; instructor and admin → allowed", async () => {
    const learner = await make("l@roles.test", "LEARNER");
    session.current = { user: { id: learner.id, role: "LEARNER" } };
    await expect(requireUser()).resolves.toMatchObject({ email: "l@roles.test" });
    const refused = await requireUser(["INSTRUCTOR", "ADMIN"]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AuthError);
    expect(refused).toMatchObject({ status: 403 });
    for (const role of ["INSTRUCTOR", "ADMIN"] as const) {
      const user = await make(`${role}@roles.test`, role);
      session.current = { user: { id: user.id, role } };
      await expect(requireUser(["INSTRUCTOR", "ADMIN"])).resolves.toMatchObject({ role });
    }
  });

  it("uses the role in the database, not the one in the token", async () => {
    const user = await make("demoted@roles.test", "INSTRUCTOR");
    session.current = { user: { id: user.id, role: "INSTRUCTOR" } };
    await prisma.user.update({ where: { id: user.id }, data: { role: "LEARNER" } });
    await expect(requireUser(["INSTRUCTOR"])).rejects.toMatchObject({ status: 403 });
  });

  it("a disabled account is signed out at once → 401", async () => {
    const user = await make("disabled@roles.test", "ADMIN");
    session.current = { user: { id: user.id, role: "ADMIN" } };
    await prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
    await expect(requireUser()).rejects.toMatchObject({ status: 401 });
  });
});

import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { checkCredentials } from "../../lib/auth/credentials";
import { verifyPassword } from "../../lib/users/passwords";
import { registerLearner } from "../../lib/users/sign-up";
import { testPrisma } from "../helpers/db";

const prisma = await testPrisma();

describe("sign-up", () => {
  it("creates a learner with a bcrypt hash, never the password itself", async () => {
    const result = await registerLearner({
      email: " Ada@Example.com ",
      password: "correct horse",
      name: "Ada",
    });
    expect(result).toEqual({ ok: true, email: "ada@example.com" });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(user.role).toBe("LEARNER");
    expect(user.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(await verifyPassword("correct horse", user.passwordHash)).toBe(true);
  });

  it("returns field errors and writes nothing for bad input", async () => {
    const before = await prisma.user.count();
    expect(await registerLearner({ email: "not-an-email", password: "short" })).toEqual({
      ok: false,
      fieldErrors: { email: "enter a valid email address", password: "use at least 8 characters" },
      values: { name: "", email: "not-an-email" },
    });
    expect(
      await registerLearner({ email: "ada@example.com", password: "another one" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.stringContaining("already exists") },
    });
    expect(await prisma.user.count()).toBe(before);
  });
});

describe("sign-in", () => {
  it("accepts the right password and gives one generic error for everything else", async () => {
    await registerLearner({ email: "grace@example.com", password: "hopper-1906" });
    expect(
      await checkCredentials(prisma, { email: "grace@example.com", password: "hopper-1906" }),
    ).toMatchObject({ ok: true, user: { email: "grace@example.com", role: "LEARNER" } });
    const wrong = await checkCredentials(prisma, {
      email: "grace@example.com",
      password: "nope-nope",
    });
    const unknown = await checkCredentials(prisma, {
      email: "nobody@example.com",
      password: "nope-nope",
    });
    expect(wrong).toEqual({ ok: false, error: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("refuses a disabled account with the same generic error", async () => {
    await registerLearner({ email: "off@example.com", password: "disabled-1" });
    await prisma.user.update({ where: { email: "off@example.com" }, data: { disabled: true } });
    expect(
      await checkCredentials(prisma, { email: "off@example.com", password: "disabled-1" }),
    ).toEqual({ ok: false, error: "invalid" });
  });

  it("slows down repeated failures, then lets the right password in once the delay has passed", async () => {
    await registerLearner({ email: "brute@example.com", password: "right-password" });
    for (let i = 0; i < 5; i++)
      await checkCredentials(prisma, { email: "brute@example.com", password: `wrong-${i}-xx` });
    const throttled = await checkCredentials(prisma, {
      email: "brute@example.com",
      password: "right-password",
    });
    expect(throttled).toMatchObject({ ok: false, error: "throttled" });
    expect((throttled as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    // Pretend the failures happened a minute ago: the 30 s delay is over.
    await prisma.loginFailure.updateMany({
      where: { email: "brute@example.com" },
      data: { createdAt: new Date(Date.now() - 60_000) },
    });
    expect(
      await checkCredentials(prisma, { email: "brute@example.com", password: "right-password" }),
    ).toMatchObject({ ok: true });
    expect(await prisma.loginFailure.count({ where: { email: "brute@example.com" } })).toBe(0);
  });
});

describe("user:create CLI", () => {
  it("creates, then updates the role, and rejects bad arguments", () => {
    const run = (...args: string[]) =>
      execFileSync("npx", ["tsx", "scripts/user-create.ts", ...args], {
        env: process.env,
        stdio: "pipe",
      }).toString();
    expect(
      run("--email", "teach@example.com", "--password", "teaching-1", "--role", "instructor"),
    ).toContain("is now instructor");
    expect(
      run("--email", "teach@example.com", "--password", "teaching-1", "--role", "admin"),
    ).toContain("is now admin");
    expect(() =>
      run("--email", "teach@example.com", "--password", "x", "--role", "wizard"),
    ).toThrow(/--password: use at least 8 characters[\s\S]*--role/);
  });
});

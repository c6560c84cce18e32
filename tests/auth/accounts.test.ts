import { execFileSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { checkCredentials } from "../../lib/auth/credentials";
import { verifyPassword } from "../../lib/auth/passwords";
import { registerLearner } from "../../lib/users/sign-up";
import { testPrisma } from "../helpers/db";
import { main as userCreate } from "../../scripts/user-create";
import { allowConsoleError, consoleErrors } from "../helpers/console-errors";
import { bin } from "../helpers/bin";

const prisma = await testPrisma();

describe("sign-up", () => {
  it("creates a learner with an argon2id hash, never the password itself", async () => {
    const result = await registerLearner({
      email: " Ada@Example.com ",
      password: "correct horse",
      name: "Ada",
    });
    expect(result).toEqual({ ok: true, email: "ada@example.com" });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(user.role).toBe("LEARNER");
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword("correct horse", user.passwordHash)).toBe(true);
  });

  it("returns field errors and writes nothing for bad input", async () => {
    const before = await prisma.user.count();
    expect(await registerLearner({ email: "not-an-email", password: "short" })).toEqual({
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: {
        email: ["enter a valid email address"],
        password: ["use at least 8 characters"],
      },
      values: { name: "", email: "not-an-email" },
    });
    expect(await prisma.user.count()).toBe(before);
  });

  it("answers an existing email exactly as a new one, and leaves that account unchanged", async () => {
    const before = await prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(
      await registerLearner({ email: "ada@example.com", password: "another one", name: "Eve" }),
    ).toEqual({ ok: true, email: "ada@example.com" });
    expect(await registerLearner({ email: "new@example.com", password: "another one" })).toEqual({
      ok: true,
      email: "new@example.com",
    });
    const after = await prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(after).toEqual(before);
  });

  it("refuses the commonest passwords and one repeated character, saying why", async () => {
    const refusal = async (password: string) => {
      const r = await registerLearner({ email: "weak@example.com", password });
      return r.ok ? "accepted" : r.fieldErrors?.password?.[0];
    };
    expect(await refusal("password1")).toMatch(/one of the most common passwords/);
    expect(await refusal("12345678")).toMatch(/one of the most common passwords/);
    expect(await refusal("qwertyuiop")).toMatch(/one of the most common passwords/);
    expect(await refusal("aaaaaaaaaaaa")).toMatch(/one character repeated/);
    expect(await refusal("weak@example.com")).toMatch(/contains your email or name/);
    expect(await prisma.user.count({ where: { email: "weak@example.com" } })).toBe(0);
    // The demo accounts' and the browser tests' passwords pass.
    for (const password of ["learn-sockets-1", "teach-sockets-1", "sockets-are-fun"])
      expect(await refusal(password), password).toBe("accepted");
  });

  it("bounds emails at 254 characters and names at 80", async () => {
    const long = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}.example`;
    expect(long.length).toBeGreaterThan(254);
    const r = await registerLearner({ email: long, password: "long-email-test", name: "x" });
    expect(r).toMatchObject({ ok: false, fieldErrors: { email: ["use at most 254 characters"] } });
    const huge = await registerLearner({ email: "a".repeat(900_000) + "@x.io", password: "p" });
    expect(huge.ok ? "" : huge.values.email.length).toBeLessThanOrEqual(300);
    expect(
      await registerLearner({
        email: "n@example.com",
        password: "long-name-test",
        name: "n".repeat(81),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { name: ["use at most 80 characters"] } });
    expect(await prisma.user.count({ where: { email: { in: [long, "n@example.com"] } } })).toBe(0);
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
    await registerLearner({ email: "off@example.com", password: "disabled-account-1" });
    await prisma.user.update({ where: { email: "off@example.com" }, data: { disabled: true } });
    expect(
      await checkCredentials(prisma, { email: "off@example.com", password: "disabled-account-1" }),
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
    // Pretend the 30 s delay is over.
    await prisma.rateBudget.update({
      where: { key: "signin:email:brute@example.com" },
      data: { blockedUntil: BigInt(Date.now() - 1) },
    });
    expect(
      await checkCredentials(prisma, { email: "brute@example.com", password: "right-password" }),
    ).toMatchObject({ ok: true });
    expect(
      await prisma.rateBudget.count({ where: { key: "signin:email:brute@example.com" } }),
    ).toBe(0);
  });
});

describe("user:create CLI", () => {
  it("creates (spawned, as a person runs it), then updates the role, and rejects bad arguments", async () => {
    const spawned = execFileSync(
      bin("tsx"),
      [
        "scripts/user-create.ts",
        "--email",
        "teach@example.com",
        "--password",
        "teaching-1",
        "--role",
        "instructor",
      ],
      { env: process.env, stdio: "pipe" },
    ).toString();
    expect(spawned).toContain("is now instructor");
    // The rest through its main, in-process (a spawn costs seconds).
    const said = vi.spyOn(console, "log").mockImplementation(() => undefined);
    expect(
      await userCreate([
        "--email",
        "teach@example.com",
        "--password",
        "teaching-1",
        "--role",
        "admin",
      ]),
    ).toBe(0);
    expect(said.mock.calls.flat().join("\n")).toContain("is now admin");
    said.mockRestore();
    expect(
      (await prisma.user.findUniqueOrThrow({ where: { email: "teach@example.com" } })).role,
    ).toBe("ADMIN");
    allowConsoleError(/./);
    expect(
      await userCreate(["--email", "teach@example.com", "--password", "x", "--role", "wizard"]),
    ).toBe(2);
    expect(consoleErrors().join("\n")).toMatch(
      /--password: use at least 8 characters[\s\S]*--role: must be one of/,
    );
    // A missing argument is named as missing, in plain words, not zod's "Invalid input".
    expect(await userCreate(["--password", "teaching-1"])).toBe(2);
    expect(consoleErrors().join("\n")).toMatch(/--email: is missing/);
    expect(consoleErrors().join("\n")).not.toMatch(/Invalid (input|option)|expected string/);
  });
});

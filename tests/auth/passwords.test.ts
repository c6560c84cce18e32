import { describe, expect, it } from "vitest";
import { checkCredentials } from "../../lib/auth/credentials";
import { hashPassword, verifyPassword } from "../../lib/auth/passwords";
import { testPrisma } from "../helpers/db";

const prisma = await testPrisma();

/** The longest the event loop went without running a timer while `work` ran, and how long `work` took. */
async function longestStall(
  work: () => Promise<unknown>,
): Promise<{ stall: number; elapsed: number }> {
  const start = performance.now();
  let last = start;
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await work();
  clearInterval(ticker);
  return { stall: longest, elapsed: performance.now() - start };
}

describe("password hashing", () => {
  it("never holds the event loop: 16 hashes and 16 checks at once leave timers running", async () => {
    const stored = await hashPassword("warm-up-password");
    const { stall, elapsed } = await longestStall(() =>
      Promise.all([
        ...Array.from({ length: 16 }, (_, i) => hashPassword(`parallel-${i}`)),
        ...Array.from({ length: 16 }, () => verifyPassword("nope", stored)),
      ]),
    );
    // Hashing on the event loop holds it for the whole batch (bcryptjs, cost 11: ~100 ms a hash
    // here, so the stall is the batch's time). Off the loop, the longest gap is scheduling noise:
    // a small share of the batch even when the machine is busy (a fixed 50 ms bound failed at load 17).
    expect(stall).toBeLessThan(Math.max(50, elapsed / 4));
  });

  it("still accepts a bcrypt hash from before, and replaces it with argon2id on sign-in", async () => {
    // As bcryptjs stored it (cost 10) before argon2id.
    const legacy = "$2a$10$JUq7cqi41nI07Gxz5N0cnOsq6j7YamN8uEtDJDh9KOM17Xie1m83O";
    const user = await prisma.user.create({
      data: { email: "old@example.com", passwordHash: legacy },
    });
    const wrong = await checkCredentials(prisma, {
      email: "old@example.com",
      password: "not-the-password",
    });
    expect(wrong).toEqual({ ok: false, error: "invalid" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(
      legacy,
    );
    const right = await checkCredentials(prisma, {
      email: "old@example.com",
      password: "from-the-bcrypt-days",
    });
    expect(right).toMatchObject({ ok: true, user: { id: user.id } });
    const { passwordHash } = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword("from-the-bcrypt-days", passwordHash)).toBe(true);
    expect(
      await checkCredentials(prisma, {
        email: "old@example.com",
        password: "from-the-bcrypt-days",
      }),
    ).toMatchObject({ ok: true });
  });

  it("treats a stored value that is no known hash as a failed check", async () => {
    expect(await verifyPassword("x", "x")).toBe(false);
    expect(await verifyPassword("x", "$argon2id$garbage")).toBe(false);
  });
});

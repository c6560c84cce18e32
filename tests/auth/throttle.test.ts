import { describe, expect, it } from "vitest";
import { checkCredentials, type SignInResult } from "../../lib/auth/credentials";
import type { WindowRule } from "../../lib/auth/budget";
import { issueDeviceToken } from "../../lib/auth/device";
import { signInRules, signUpRules } from "../../lib/auth/limits";
import { createPrisma, tuneSqlite } from "../../lib/db";
import { hashPassword } from "../../lib/auth/passwords";
import { registerLearner } from "../../lib/users/sign-up";
import { testPrisma } from "../helpers/db";

const prisma = await testPrisma();

async function account(email: string, password = "owner-password-1") {
  return prisma.user.create({ data: { email, passwordHash: await hashPassword(password) } });
}
const evaluated = (results: SignInResult[]) =>
  results.filter((r) => !r.ok && r.error === "invalid");

describe("sign-in throttle", () => {
  it("evaluates at most 5 of 100 parallel wrong passwords, from two connections at once", async () => {
    await account("target@example.com");
    // A second client on the same file: its own SQLite connection, as a second app process would have.
    const other = createPrisma(process.env.DATABASE_URL!);
    await tuneSqlite(other);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        checkCredentials(
          i % 2 ? other : prisma,
          { email: "target@example.com", password: `guess-${i}-x` },
          { address: `10.0.${i}.1` },
        ),
      ),
    );
    await other.$disconnect();
    expect(evaluated(results)).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.error === "throttled")).toHaveLength(95);
  });

  it("lets the owner in from a browser it signed in from before, while strangers are throttled", async () => {
    const owner = await account("owner@example.com");
    for (let i = 0; i < 6; i++)
      await checkCredentials(
        prisma,
        { email: "owner@example.com", password: `stranger-${i}` },
        { address: "203.0.113.9" },
      );
    const right = { email: "owner@example.com", password: "owner-password-1" };
    expect(await checkCredentials(prisma, right, { address: "198.51.100.1" })).toMatchObject({
      ok: false,
      error: "throttled",
    });
    const usual = issueDeviceToken(owner.id)!;
    const signedIn = await checkCredentials(prisma, right, {
      address: "198.51.100.1",
      deviceToken: usual,
    });
    expect(signedIn).toMatchObject({ ok: true, user: { id: owner.id } });
    // A token issued to another account, or forged, buys nothing.
    const stranger = await account("stranger@example.com");
    const foreign = issueDeviceToken(stranger.id)!;
    for (const deviceToken of [foreign, `${usual.split(".")[0]}.forged`])
      expect(
        await checkCredentials(prisma, right, { address: "198.51.100.1", deviceToken }),
      ).toMatchObject({ ok: false, error: "throttled" });
  });

  it("refuses one address past its budget over many accounts, and everyone past the global one", async () => {
    const spray = (n: number, address: (i: number) => string, tag: string) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          checkCredentials(
            prisma,
            { email: `${tag}-${i}@example.com`, password: "not-it-at-all" },
            { address: address(i) },
          ),
        ),
      );
    // Spend all but 5 of each budget first (as earlier requests would have), then spray 12.
    const spend = async (rule: WindowRule) =>
      prisma.rateBudget.upsert({
        where: { key: rule.key },
        create: {
          key: rule.key,
          count: rule.limit - 5,
          windowStart: BigInt(Date.now()),
          blockedUntil: 0n,
        },
        update: { count: rule.limit - 5 },
      });
    await spend(signInRules.address("192.0.2.77"));
    expect(evaluated(await spray(12, () => "192.0.2.77", "spray"))).toHaveLength(5);
    await spend(signInRules.everyone);
    expect(evaluated(await spray(12, (i) => `192.0.3.${i}`, "botnet"))).toHaveLength(5);
  });

  it("takes as long for an unknown email as for a wrong password (a dummy hash)", async () => {
    await account("known@example.com");
    const time = async (email: string, i: number) => {
      // Fresh budgets each time: a throttled attempt answers before any hash (8 wrong passwords pass
      // the account's budget, and the tests above spent everyone's), so it would time the throttle.
      await prisma.rateBudget.deleteMany();
      const t = performance.now();
      const result = await checkCredentials(
        prisma,
        { email, password: "wrong-password" },
        { address: `172.16.${i}.1` },
      );
      const ms = performance.now() - t;
      expect(result).toEqual({ ok: false, error: "invalid" });
      return ms;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 8; i++) {
      known.push(await time("known@example.com", i));
      unknown.push(await time(`nobody-${i}@example.com`, 100 + i));
    }
    // Without the dummy hash an unknown email answers in well under a tenth of the time.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });
});

describe("sign-up budget", () => {
  it("refuses an address past its sign-up budget, with a message saying when", async () => {
    const rule = signUpRules.address("a1");
    await prisma.rateBudget.create({
      data: {
        key: rule.key,
        count: rule.limit - 1,
        windowStart: BigInt(Date.now()),
        blockedUntil: 0n,
      },
    });
    const last = await registerLearner(
      { email: "last@example.com", password: "sign-up-spree" },
      "a1",
    );
    expect(last).toMatchObject({ ok: true });
    const refused = await registerLearner(
      { email: "one-more@example.com", password: "sign-up-spree" },
      "a1",
    );
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Too many sign-ups just now. Try again in \d+/),
    });
    expect(await prisma.user.count({ where: { email: "one-more@example.com" } })).toBe(0);
    // Another address still may; a weak password gives its unit back.
    expect(
      await registerLearner({ email: "elsewhere@example.com", password: "sign-up-spree" }, "a2"),
    ).toMatchObject({ ok: true });
    const before = await prisma.rateBudget.findUniqueOrThrow({
      where: { key: signUpRules.address("a2").key },
    });
    await registerLearner({ email: "weak@example.com", password: "password1" }, "a2");
    const after = await prisma.rateBudget.findUniqueOrThrow({
      where: { key: signUpRules.address("a2").key },
    });
    expect(after.count).toBe(before.count);
  });
});

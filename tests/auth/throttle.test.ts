import { describe, expect, it } from "vitest";
import { checkCredentials, type SignInResult } from "../../lib/auth/credentials";
import { issueDeviceToken } from "../../lib/auth/device";
import { createPrisma, tuneSqlite } from "../../lib/db";
import { hashPassword } from "../../lib/users/passwords";
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

  it("refuses one address after 30 attempts over many accounts, and everyone after 120 a minute", async () => {
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
    const one = await spray(40, () => "192.0.2.77", "spray");
    expect(evaluated(one)).toHaveLength(30);
    const used = await prisma.rateBudget.findUniqueOrThrow({ where: { key: "signin:all" } });
    const many = await spray(130, (i) => `192.0.3.${i}`, "botnet");
    expect(evaluated(many)).toHaveLength(120 - used.count);
  });

  it("takes as long for an unknown email as for a wrong password (a dummy hash)", async () => {
    await account("known@example.com");
    const time = async (email: string, i: number) => {
      const t = performance.now();
      await checkCredentials(
        prisma,
        { email, password: "wrong-password" },
        { address: `172.16.${i}.1` },
      );
      return performance.now() - t;
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
  it("refuses an address after 10 sign-ups in 10 minutes, with a message saying when", async () => {
    const results = [];
    for (let i = 0; i < 11; i++)
      results.push(
        await registerLearner({ email: `many-${i}@example.com`, password: "sign-up-spree" }, "a1"),
      );
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]).toMatchObject({
      ok: false,
      fieldErrors: { form: expect.stringMatching(/Too many sign-ups just now. Try again in \d+/) },
    });
    expect(await prisma.user.count({ where: { email: "many-10@example.com" } })).toBe(0);
    // Another address still may.
    expect(
      await registerLearner({ email: "elsewhere@example.com", password: "sign-up-spree" }, "a2"),
    ).toMatchObject({ ok: true });
  });
});

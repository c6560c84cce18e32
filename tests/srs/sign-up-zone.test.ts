import { describe, expect, it } from "vitest";
import { registerLearner } from "../../lib/users/sign-up";
import { timeZoneOrUtc } from "../../lib/srs/day";
import { testPrisma } from "../helpers/db";

const prisma = await testPrisma();

const signUp = async (email: string, timeZone: unknown) => {
  expect(
    await registerLearner({ email, password: "sockets-are-fun", timeZone }, `zone-${email}`),
  ).toEqual({ ok: true, email });
  const user = await prisma.user.findUniqueOrThrow({
    where: { email },
    include: { settings: true },
  });
  return user.settings?.timeZone;
};

describe("a new account's time zone", () => {
  it("is the browser's zone sent with the sign-up form", async () => {
    expect(await signUp("la@example.com", "America/Los_Angeles")).toBe("America/Los_Angeles");
    expect(await signUp("adelaide@example.com", "Australia/Adelaide")).toBe("Australia/Adelaide");
  });

  it("is UTC when the zone is unknown, missing, too long or not text", async () => {
    expect(await signUp("mars@example.com", "Mars/Olympus_Mons")).toBe("UTC");
    expect(await signUp("none@example.com", undefined)).toBe("UTC");
    expect(await signUp("long@example.com", `Europe/${"x".repeat(80)}`)).toBe("UTC");
    expect(await signUp("number@example.com", 42)).toBe("UTC");
  });

  it("leaves an existing account's settings alone (sign-up answers the same, changes nothing)", async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "la@example.com" } });
    await registerLearner(
      { email: "la@example.com", password: "sockets-are-fun", timeZone: "Asia/Tokyo" },
      "zone-again",
    );
    expect(await prisma.studySettings.findUnique({ where: { userId: user.id } })).toMatchObject({
      timeZone: "America/Los_Angeles",
    });
  });

  it("is stored in its canonical spelling", () => {
    expect(timeZoneOrUtc("europe/berlin")).toBe("Europe/Berlin");
    expect(timeZoneOrUtc("")).toBe("UTC");
  });
});

import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { beforeEach, describe, expect, it } from "vitest";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";

const { authOptions } = await import("../../lib/auth/options");
const { readSignedInUser } = await import("../../lib/auth/session");
const route = await import("../../app/api/auth/[...nextauth]/route");

const prisma = await testPrisma();
const callbacks = authOptions.callbacks!;

/** What next-auth does on sign-in: the jwt callback with the user, then the session callback. */
async function signIn(user: { id: string; role: "LEARNER" | "INSTRUCTOR" | "ADMIN" }) {
  const token = (await callbacks.jwt!({ token: {}, user } as never)) as JWT;
  const decoded = (await callbacks.session!({
    session: { user: {}, expires: "" },
    token,
  } as never)) as Session;
  return { token, decoded };
}

async function sessionRoute() {
  const response = await route.GET(new Request("http://localhost/api/auth/session"), {
    params: Promise.resolve({ nextauth: ["session"] }),
  });
  return response.json();
}

describe("sessions", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("sign-out ends the session: a token copied before is refused after", async () => {
    const user = await prisma.user.create({
      data: { email: "out@example.com", passwordHash: "x" },
    });
    const laptop = await signIn({ id: user.id, role: "LEARNER" });
    const phone = await signIn({ id: user.id, role: "LEARNER" });
    expect(laptop.token.sid).toBeTruthy();
    expect(await readSignedInUser(user.id, laptop.token.sid)).toMatchObject({ id: user.id });
    await authOptions.events!.signOut!({ token: laptop.token, session: laptop.decoded });
    expect(await readSignedInUser(user.id, laptop.token.sid)).toBeNull();
    session.current = laptop.decoded;
    expect(await sessionRoute()).toEqual({});
    // The phone's session is its own.
    session.current = phone.decoded;
    expect(await sessionRoute()).toMatchObject({ user: { id: user.id } });
  });

  it("refuses a token minted before session ids, and one whose session expired", async () => {
    const user = await prisma.user.create({
      data: { email: "old@example.com", passwordHash: "x" },
    });
    const legacy = await callbacks.session!({
      session: { user: {}, expires: "" },
      token: { id: user.id, role: "LEARNER" },
    } as never);
    expect(legacy).toEqual({});
    const { token } = await signIn({ id: user.id, role: "LEARNER" });
    await prisma.authSession.update({
      where: { id: token.sid! },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await readSignedInUser(user.id, token.sid)).toBeNull();
  });

  it("/api/auth/session shows a role change at once", async () => {
    const user = await prisma.user.create({
      data: { email: "promoted@example.com", passwordHash: "x", name: "P" },
    });
    session.current = (await signIn({ id: user.id, role: "LEARNER" })).decoded;
    expect(await sessionRoute()).toEqual({
      user: { id: user.id, email: "promoted@example.com", name: "P", role: "LEARNER" },
    });
    await prisma.user.update({ where: { id: user.id }, data: { role: "INSTRUCTOR" } });
    expect(await sessionRoute()).toMatchObject({ user: { role: "INSTRUCTOR" } });
    await prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await sessionRoute()).toEqual({});
  });
});

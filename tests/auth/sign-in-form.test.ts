/**
 * The sign-in form's action (app/(auth)/signin/submit-sign-in.ts): field errors in the shared
 * FormState shape before anything is sent, then the server's answer as one sentence. The stand-in
 * for next-auth's client signIn() runs the same check its `authorize` does (lib/auth/options.ts)
 * on this file's database, and answers with the error that `authorize` throws.
 */
import { describe, expect, it, vi } from "vitest";
import { submitSignIn, type CredentialsSignIn } from "../../app/(auth)/signin/submit-sign-in";
import { checkCredentials } from "../../lib/auth/credentials";
import { registerLearner } from "../../lib/users/sign-up";
import { testPrisma } from "../helpers/db";

const prisma = await testPrisma();
const PASSWORD = "sockets-are-fun";
await registerLearner({ email: "signin-form@example.com", password: PASSWORD });

const serverSignIn: CredentialsSignIn = async (credentials) => {
  const result = await checkCredentials(prisma, credentials, { address: "192.0.2.7" });
  if (result.ok) return { ok: true, error: null };
  const error =
    result.error === "throttled" ? `throttled:${result.retryAfterSeconds}` : result.error;
  return { ok: false, error };
};

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("the sign-in form's action", () => {
  it("refuses an empty email, a malformed one and an empty password by field, sending nothing", async () => {
    const signIn = vi.fn(serverSignIn);
    expect(await submitSignIn(form({ email: "", password: "" }), signIn)).toEqual({
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: { email: ["enter your email address"], password: ["enter your password"] },
      values: { email: "" },
    });
    expect(await submitSignIn(form({ email: "   ", password: PASSWORD }), signIn)).toEqual({
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: { email: ["enter your email address"] },
      values: { email: "   " },
    });
    expect(
      await submitSignIn(form({ email: "ada.example.com", password: PASSWORD }), signIn),
    ).toEqual({
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: { email: ["enter a valid email address"] },
      values: { email: "ada.example.com" },
    });
    // A form without the fields at all (a hand-made POST): the same words, not zod's.
    expect((await submitSignIn(form({}), signIn)).fieldErrors).toEqual({
      email: ["enter your email address"],
      password: ["enter your password"],
    });
    expect(signIn).not.toHaveBeenCalled();
  });

  it("answers an unknown email exactly as a wrong password, and keeps the email, never the password", async () => {
    const wrong = await submitSignIn(
      form({ email: "signin-form@example.com", password: "not-the-password" }),
      serverSignIn,
    );
    const unknown = await submitSignIn(
      form({ email: "nobody-here@example.com", password: "not-the-password" }),
      serverSignIn,
    );
    expect(wrong).toEqual({
      ok: false,
      message: "That email and password don't match an account.",
      values: { email: "signin-form@example.com" },
    });
    expect({ ...unknown, values: undefined }).toEqual({ ...wrong, values: undefined });
    expect(JSON.stringify([wrong, unknown])).not.toContain("not-the-password");
  });

  it("signs in with the right pair, whatever the email's case and spaces", async () => {
    expect(
      await submitSignIn(
        form({ email: " Signin-Form@Example.com ", password: PASSWORD }),
        serverSignIn,
      ),
    ).toEqual({ ok: true, message: "Signed in. Loading your page…" });
  });

  it("says how long to wait once the account's guesses are used up", async () => {
    await registerLearner({ email: "guessed@example.com", password: PASSWORD });
    const attempt = () =>
      submitSignIn(form({ email: "guessed@example.com", password: "wrong-guess" }), serverSignIn);
    let answer = await attempt();
    for (let i = 0; i < 10 && !answer.message?.startsWith("Too many"); i++)
      answer = await attempt();
    expect(answer).toEqual({
      ok: false,
      message: expect.stringMatching(/^Too many failed attempts\. Try again in \d+ seconds?\.$/),
      values: { email: "guessed@example.com" },
    });
  });
});

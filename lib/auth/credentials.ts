/** Checks an email and password: the one place sign-in decisions are made. */
import type { PrismaClient } from "../generated/prisma/client";
import { verifyPassword } from "../users/passwords";
import { signInSchema, type RoleName } from "../validations/auth";
import { clearFailures, recordFailure, signInDelay } from "./throttle";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string | null; role: RoleName } }
  | { ok: false; error: "invalid" | "throttled"; retryAfterSeconds?: number };

/** Same answer for unknown email, wrong password and disabled account, so none can be told apart. */
export async function checkCredentials(db: PrismaClient, input: unknown): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { email, password } = parsed.data;
  const wait = await signInDelay(db, email);
  if (wait > 0) return { ok: false, error: "throttled", retryAfterSeconds: Math.ceil(wait / 1000) };
  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await verifyPassword(password, user.passwordHash) : false;
  if (!user || !valid || user.disabled) {
    await recordFailure(db, email, user?.id);
    return { ok: false, error: "invalid" };
  }
  await clearFailures(db, email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

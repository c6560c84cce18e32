import "server-only";
import { db } from "../db";
import { signUpSchema } from "../validations/auth";
import { hashPassword } from "./passwords";

export type SignUpResult = { ok: true; email: string } | { ok: false; fieldErrors: Partial<Record<"name" | "email" | "password", string>>; message?: string };

/** Sign-up always creates a LEARNER; roles are raised by an admin or the user:create CLI. */
export async function registerLearner(input: unknown): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, fieldErrors };
  }
  const { email, password, name } = parsed.data;
  if (await db.user.findUnique({ where: { email } })) {
    return { ok: false, fieldErrors: { email: "an account with this email already exists; sign in instead" } };
  }
  await db.user.create({ data: { email, name, passwordHash: await hashPassword(password), role: "LEARNER" } });
  return { ok: true, email };
}

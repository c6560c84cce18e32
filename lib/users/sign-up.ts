import "server-only";
import { db } from "../db";
import { signUpSchema } from "../validations/auth";
import { hashPassword } from "./passwords";

/** On failure, `values` echoes what was typed (never the password) so the form can keep it. */
export type SignUpResult =
  | { ok: true; email: string }
  | {
      ok: false;
      fieldErrors: Partial<Record<"name" | "email" | "password", string>>;
      values: { name: string; email: string };
    };

function typed(input: unknown) {
  const raw = (input ?? {}) as Record<string, unknown>;
  return {
    name: typeof raw.name === "string" ? raw.name : "",
    email: typeof raw.email === "string" ? raw.email : "",
  };
}

/** Sign-up always creates a LEARNER; roles are raised by an admin or the user:create CLI. */
export async function registerLearner(input: unknown): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, fieldErrors, values: typed(input) };
  }
  const { email, password, name } = parsed.data;
  if (await db.user.findUnique({ where: { email } })) {
    return {
      ok: false,
      fieldErrors: { email: "an account with this email already exists; sign in instead" },
      values: typed(input),
    };
  }
  await db.user.create({
    data: { email, name, passwordHash: await hashPassword(password), role: "LEARNER" },
  });
  return { ok: true, email };
}

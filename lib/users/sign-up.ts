import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { sqlOf } from "../db-raw";
import { Prisma } from "../generated/prisma/client";
import { giveBack, takeAll } from "../auth/budget";
import { signUpRules } from "../auth/limits";
import { signUpSchema } from "../validations/auth";
import { weakPasswordReason } from "../validations/password-strength";
import { hashPassword } from "../auth/passwords";
import { timeZoneOrUtc } from "../srs/day";
import { pluralize } from "../format/plural";
import { invalid, type FormState } from "../validations/form-state";

/**
 * The same `ok` for a new email and one that has an account already (nothing is changed then), so
 * sign-up can't be asked who has an account. On failure, `values` echoes what was typed (never the
 * password) so the form can keep it.
 */
export type SignUpResult =
  | { ok: true; email: string; message?: undefined; fieldErrors?: undefined }
  | (FormState & { ok: false; values: { name: string; email: string } });

function typed(input: unknown) {
  const raw = (input ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 300) : "");
  return { name: text(raw.name), email: text(raw.email) };
}

/** Sign-up always creates a LEARNER; roles are raised by an admin or the user:create CLI. */
export async function registerLearner(input: unknown, address = "unknown"): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ...invalid(parsed.error), ok: false, values: typed(input) };
  const { email, password, name } = parsed.data;
  // Check the budgets before the two costly steps: the strength estimate and the hash.
  const sql = await sqlOf(db);
  const rules = [signUpRules.everyone, signUpRules.address(address)];
  const admitted = await takeAll(sql, rules);
  if (!admitted.ok) {
    const seconds = Math.ceil(admitted.waitMs / 1000);
    const message = `Too many sign-ups just now. Try again in ${pluralize(seconds, "second")}.`;
    return { ok: false, message, values: typed(input) };
  }
  // The estimator also refuses passwords made of the person's own email or name.
  const weak = weakPasswordReason(password, [email, email.split("@")[0]!, name ?? ""]);
  if (weak) {
    for (const rule of rules) await giveBack(sql, rule);
    return { ok: false, fieldErrors: { password: [weak] }, values: typed(input) };
  }
  // Hash first either way, then insert unless the email is taken: both answers take as long.
  // Raw SQL (lib/db-raw.ts): a burst of sign-ups skips the query compiler's work on the event loop.
  const passwordHash = await hashPassword(password);
  const now = new Date();
  const id = randomUUID();
  await sql.run(Prisma.sql`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "disabled", "createdAt", "updatedAt")
    VALUES (${id}, ${email}, ${name ?? null}, ${passwordHash}, 'LEARNER', false, ${now}, ${now})
    ON CONFLICT ("email") DO NOTHING`);
  // A new account's study day follows the browser's time zone (lib/srs/day.ts; unknown → UTC); an existing one is left alone.
  const timeZone = timeZoneOrUtc((input as { timeZone?: unknown } | null)?.timeZone);
  await sql.run(Prisma.sql`INSERT INTO "StudySettings" ("userId", "timeZone", "updatedAt")
    SELECT ${id}, ${timeZone}, ${now} WHERE EXISTS (SELECT 1 FROM "User" WHERE "id" = ${id})`);
  return { ok: true, email };
}

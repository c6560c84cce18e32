/** Checks an email and password: the one place sign-in decisions are made. */
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { sqlOf, type Sql } from "../db-raw";
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from "./passwords";
import { signInSchema, type RoleName } from "../validations/auth";
import { clear, prune, takeAll, type Rule } from "./budget";
import { issueDeviceToken, knownDevice } from "./device";
import { signInRules } from "./limits";

export type SignInResult =
  | {
      ok: true;
      user: { id: string; email: string; name: string | null; role: RoleName };
      /** For the browser to keep: its own budget next time (lib/auth/device.ts). */
      deviceToken: string | null;
    }
  | { ok: false; error: "invalid" | "throttled"; retryAfterSeconds?: number };

/** Where the attempt comes from: the client address and the browser's device token, if any. */
export interface SignInOrigin {
  address: string;
  deviceToken?: string;
}

interface StoredUser {
  id: string;
  email: string;
  name: string | null;
  role: RoleName;
  disabled: boolean;
  passwordHash: string;
}

let checks = 0;

/**
 * Same answer for unknown email, wrong password and disabled account, so none can be told apart:
 * each takes its budgets first (one atomic step each), then one password hash.
 */
export async function checkCredentials(
  db: PrismaClient,
  input: unknown,
  origin: SignInOrigin = { address: "unknown" },
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { email, password } = parsed.data;
  const sql = await sqlOf(db);
  if (++checks % 500 === 0) await prune(sql);
  const [user] = await sql.rows<StoredUser>(
    Prisma.sql`SELECT "id", "email", "name", "role", "disabled", "passwordHash" FROM "User" WHERE "email" = ${email}`,
  );
  // Check the budgets: a known browser of this account has its own lane.
  const device = knownDevice(origin.deviceToken, user?.id);
  const rules: Rule[] = device
    ? [signInRules.knownEveryone, signInRules.knownDevice(device)]
    : [signInRules.everyone, signInRules.address(origin.address), signInRules.account(email)];
  const admitted = await takeAll(sql, rules);
  if (!admitted.ok)
    return { ok: false, error: "throttled", retryAfterSeconds: Math.ceil(admitted.waitMs / 1000) };
  // Hash once either way: an unknown email takes as long as a wrong password.
  const valid = user
    ? await verifyPassword(password, user.passwordHash)
    : await verifyAgainstDummy(password);
  if (!user || !valid || user.disabled) return { ok: false, error: "invalid" };
  await clear(sql, rules.at(-1)!.key);
  if (needsRehash(user.passwordHash)) await rehash(sql, user, password);
  const { id, name, role } = user;
  return {
    ok: true,
    user: { id, email: user.email, name, role },
    deviceToken: issueDeviceToken(id),
  };
}

/** Replaces a bcrypt (or older argon2) hash with the current argon2id one, unless it changed meanwhile. */
async function rehash(sql: Sql, user: StoredUser, password: string) {
  const passwordHash = await hashPassword(password);
  await sql.run(
    Prisma.sql`UPDATE "User" SET "passwordHash" = ${passwordHash} WHERE "id" = ${user.id} AND "passwordHash" = ${user.passwordHash}`,
  );
}

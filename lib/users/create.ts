/** Creating users: sign-up, the user:create CLI and the demo accounts all come through here. */
import type { PrismaClient } from "../generated/prisma/client";
import { emailSchema, nameSchema, passwordSchema, type RoleName } from "../validations/auth";
import { hashPassword } from "../auth/passwords";

export interface UserInput {
  email: string;
  password: string;
  role?: RoleName;
  name?: string;
}

/** Creates the user, or updates password/role/name of an existing one. */
export async function upsertUser(db: PrismaClient, input: UserInput) {
  const email = emailSchema.parse(input.email);
  const name = nameSchema.parse(input.name);
  const passwordHash = await hashPassword(passwordSchema.parse(input.password));
  const role = input.role ?? "LEARNER";
  return db.user.upsert({
    where: { email },
    create: { email, passwordHash, role, name },
    update: { passwordHash, role, ...(name ? { name } : {}) },
    select: { id: true, email: true, role: true },
  });
}

export const DEMO_USERS = [
  {
    email: "learner@recall-lab.local",
    password: "learn-sockets-1",
    role: "LEARNER",
    name: "Demo Learner",
  },
  {
    email: "instructor@recall-lab.local",
    password: "teach-sockets-1",
    role: "INSTRUCTOR",
    name: "Demo Instructor",
  },
] as const;

/** Creates the demo accounts that don't exist yet; returns the ones it created. */
export async function ensureDemoUsers(db: PrismaClient) {
  const created: Array<(typeof DEMO_USERS)[number]> = [];
  for (const demo of DEMO_USERS) {
    if (await db.user.findUnique({ where: { email: demo.email } })) continue;
    await upsertUser(db, { ...demo });
    created.push(demo);
  }
  return created;
}

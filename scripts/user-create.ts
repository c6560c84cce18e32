/** `npm run user:create -- --email a@b.c --password secret123 [--role learner|instructor|admin] [--name "A B"]` */
import "./local-env";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrisma } from "../lib/db";
import { upsertUser } from "../lib/users/create";
import { emailSchema, nameSchema, passwordSchema, roleSchema } from "../lib/validations/auth";
import { runIfEntry } from "./entry";
import { plainIssue } from "../lib/format/zod-issue";

const argsSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  role: z
    .string()
    .default("learner")
    .transform((r) => r.toUpperCase())
    .pipe(roleSchema),
  name: nameSchema,
});

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(`--${issue.path.join(".")}: ${plainIssue(issue, values)}`);
    console.error(
      "Usage: npm run user:create -- --email <email> --password <at least 8 chars> [--role learner|instructor|admin] [--name <name>]",
    );
    return 2;
  }
  const prisma = createPrisma();
  try {
    const user = await upsertUser(prisma, parsed.data);
    console.log(`User ${user.email} is now ${user.role.toLowerCase()}.`);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

runIfEntry(import.meta.url, main);

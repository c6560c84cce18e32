/** The real course seeded into this test file's database, and a signed-in session that tests can switch. */
import { loadContent } from "../../lib/content/load";
import { seedContent } from "../../lib/seed/seed";
import { testPrisma } from "../helpers/db";

export const prisma = await testPrisma();
export const [course] = await loadContent();
await seedContent(prisma, [course!]);

export async function makeLearner(email: string) {
  const user = await prisma.user.create({ data: { email, passwordHash: "x" } });
  return { id: user.id, email, name: null, role: "LEARNER" as const };
}

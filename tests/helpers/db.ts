/** A Prisma client on this test file's own database copy (see setup.ts). */
import { createPrisma, tuneSqlite } from "../../lib/db";

export async function testPrisma() {
  const prisma = createPrisma(process.env.DATABASE_URL!);
  await tuneSqlite(prisma);
  return prisma;
}

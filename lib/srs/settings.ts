/** A learner's study settings: one row per learner, created with the defaults on first use. */
import type { Prisma, StudySettings } from "../generated/prisma/client";

export async function loadStudySettings(tx: Prisma.TransactionClient, userId: string): Promise<StudySettings> {
  // Raw read: this runs on every rating (see lib/srs/sql.ts).
  const [found] = await tx.$queryRaw<StudySettings[]>`SELECT * FROM "StudySettings" WHERE "userId" = ${userId}`;
  if (found) return found;
  // upsert, not create: two first requests at once must not collide on the primary key.
  return tx.studySettings.upsert({ where: { userId }, create: { userId }, update: {} });
}

/** A learner's study settings: one row per learner, created with the defaults on first use. */
import type { Prisma, StudySettings } from "../generated/prisma/client";

export async function loadStudySettings(tx: Prisma.TransactionClient, userId: string): Promise<StudySettings> {
  const found = await tx.studySettings.findUnique({ where: { userId } });
  if (found) return found;
  // upsert, not create: two first requests at once must not collide on the primary key.
  return tx.studySettings.upsert({ where: { userId }, create: { userId }, update: {} });
}

/** Read and save the signed-in learner's study settings (the /settings page). */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { StudySettings } from "../generated/prisma/client";
import type { StudySettingsInput } from "../validations/srs";
import { sqlOf } from "../db-raw";
import { loadStudySettings } from "./settings";

export async function getStudySettings(user: CurrentUser): Promise<StudySettings> {
  return loadStudySettings(await sqlOf(db), user.id);
}

export async function saveStudySettings(
  user: CurrentUser,
  input: StudySettingsInput,
): Promise<StudySettings> {
  return db.studySettings.upsert({
    where: { userId: user.id },
    create: { userId: user.id, ...input },
    update: input,
  });
}

/** "Type the answer" on or off (its own small form on /settings). */
export async function saveTypeAnswer(user: CurrentUser, typeAnswer: boolean): Promise<void> {
  await db.studySettings.upsert({
    where: { userId: user.id },
    create: { userId: user.id, typeAnswer },
    update: { typeAnswer },
  });
}

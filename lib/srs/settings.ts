/**
 * A learner's study settings: one row per learner, created with the defaults on first use. The same
 * read brings the FSRS parameters in force for them (`fsrsWeights`, lib/srs/params.ts).
 */
import { Prisma, type StudySettings } from "../generated/prisma/client";
import { asSql, type Db } from "../db-raw";
import { weightsInForce } from "./params";

const read = (userId: string) =>
  Prisma.sql`SELECT s.*, ${weightsInForce(Prisma.sql`s."userId"`)} AS "fsrsWeights" FROM "StudySettings" s WHERE s."userId" = ${userId}`;

export async function loadStudySettings(db: Db, userId: string): Promise<StudySettings> {
  // Raw read: this runs on every rating (see lib/srs/sql.ts).
  const sql = asSql(db);
  const [found] = await sql.rows<StudySettings>(read(userId));
  if (found) return found;
  // The columns' defaults; ON CONFLICT: two first requests at once must not collide on the primary key.
  await sql.run(
    Prisma.sql`INSERT INTO "StudySettings" ("userId", "updatedAt") VALUES (${userId}, ${new Date()}) ON CONFLICT ("userId") DO NOTHING`,
  );
  const [created] = await sql.rows<StudySettings>(read(userId));
  return created!;
}

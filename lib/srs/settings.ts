/**
 * A learner's study settings: one row per learner, created with the defaults on first use. The same
 * read brings the FSRS parameters in force for them (`fsrsWeights`, lib/srs/params.ts).
 */
import { Prisma, type StudySettings } from "../generated/prisma/client";
import { asSql, type Db } from "../db-raw";

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

/**
 * SQL for the learner's weights in force (a column of the settings read): their own, else those of
 * a course they study (the one fitted on most reviews; NewCardCursor lists a learner's courses).
 */
export const weightsInForce = (userId: Prisma.Sql) => Prisma.sql`COALESCE(
    (SELECT p."weights" FROM "LearnerParameters" p WHERE p."userId" = ${userId}),
    (SELECT cp."weights" FROM "NewCardCursor" n JOIN "CourseParameters" cp ON cp."courseId" = n."courseId"
      WHERE n."userId" = ${userId} AND cp."weights" IS NOT NULL ORDER BY cp."reviewCount" DESC LIMIT 1))`;

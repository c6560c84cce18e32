/**
 * Buried siblings, like Anki's: answering a flashcard buries the questions of the same lesson section
 * (and a question the flashcards) until the learner's next study day, so the two aren't both shown the
 * same day. Only siblings that would come today are buried (new, or a review due before the day ends);
 * learning cards, suspended and already-buried ones are left alone. Undo of the rating unburies them.
 */
import { Prisma } from "../generated/prisma/client";
import { State } from "ts-fsrs";
import type { Sql } from "../db-raw";
import type { ItemRef } from "./apply";
import { newItemState } from "./card";
import { flagsOf, isBuried, isSuspended } from "./flags";
import { live, newId, num } from "./sql";

/** What undo needs to put a sibling back: its item, whether burying created it, its updatedAt before. */
export type BuriedSibling = { id: string; created: boolean; updatedAt: string | null };

type SiblingRow = {
  contentId: string;
  id: string | null;
  state: unknown;
  due: Date | null;
  suspendedAt: Date | null;
  buriedUntil: Date | null;
  updatedAt: Date | null;
};

export async function burySiblings(
  sql: Sql,
  userId: string,
  item: ItemRef,
  until: Date,
  now: Date,
): Promise<BuriedSibling[]> {
  const [self, other, selfId, otherColumn] =
    "flashcardId" in item
      ? (['"Flashcard"', '"Question"', item.flashcardId, '"questionId"'] as const)
      : (['"Question"', '"Flashcard"', item.questionId, '"flashcardId"'] as const);
  // Same lesson and same (named) section, the other kind, live; with this learner's item if any.
  const rows = await sql.rows<SiblingRow>(Prisma.sql`
    SELECT o."id" AS "contentId", r."id", r."state", r."due", r."suspendedAt", r."buriedUntil", r."updatedAt"
    FROM ${Prisma.raw(self)} s JOIN ${Prisma.raw(other)} o ON o."lessonId" = s."lessonId" AND o."section" = s."section"
    LEFT JOIN "ReviewItem" r ON r."userId" = ${userId} AND r.${Prisma.raw(otherColumn)} = o."id"
    WHERE s."id" = ${selfId} AND s."section" IS NOT NULL AND ${live("o")}`);
  const buried: BuriedSibling[] = [];
  for (const row of rows) {
    const flags = flagsOf(row);
    if (isSuspended(flags) || isBuried(flags, now)) continue;
    if (!row.id) {
      const id = newId();
      const s = newItemState(now);
      const [fc, q] = "flashcardId" in item ? [null, row.contentId] : [row.contentId, null];
      await sql.run(Prisma.sql`INSERT INTO "ReviewItem" ("id", "userId", "flashcardId", "questionId", "due", "state", "buriedUntil", "createdAt", "updatedAt")
        VALUES (${id}, ${userId}, ${fc}, ${q}, ${s.due}, ${s.state}, ${until}, ${now}, ${now})`);
      buried.push({ id, created: true, updatedAt: null });
      continue;
    }
    const state = num(row.state);
    const comesToday = state === State.New || (state === State.Review && row.due! < until);
    if (!comesToday) continue;
    await sql.run(
      Prisma.sql`UPDATE "ReviewItem" SET "buriedUntil" = ${until}, "updatedAt" = ${now} WHERE "id" = ${row.id}`,
    );
    buried.push({ id: row.id, created: false, updatedAt: row.updatedAt?.toISOString() ?? null });
  }
  return buried;
}

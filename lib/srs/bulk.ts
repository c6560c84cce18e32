/**
 * Bulk actions from Browse: suspend, unsuspend, reset (back to new) or reschedule to today a set of
 * the learner's cards, all in one transaction. Every card must be the learner's own live card or the
 * whole request is refused with nothing written. Each changed card gets its own action log (rating 0,
 * the state before it), all with the same time: the one undo takes the whole batch back (lib/srs/undo.ts).
 * A reset keeps every earlier log, so no review history is lost.
 */
import "server-only";
import { State } from "ts-fsrs";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import type { BulkAction, CardKey } from "../validations/browse";
import { nextStudyDay } from "./apply";
import { serializeState, stateOf } from "./card";
import { changeFlag, type FlagTarget } from "./card-flags";
import { flagsOf, serializeFlags } from "./flags";
import { loadStudySettings } from "./settings";
import { newId } from "./sql";
import { resetItem } from "./undo";
import { sqlOf } from "../db-raw";

/** Logged like Anki's "Set due date" (revlog type Rescheduled): rating 0, the state before it for undo. */
export const RESCHEDULE_SOURCE = "reschedule";

export type BulkResult =
  | { ok: true; changed: number; unchanged: number }
  | { ok: false; status: 400 | 404; error: string };

const published = { status: "published", archivedAt: null } as const;
const liveContent = {
  ...published,
  lesson: { ...published, course: published },
} as const;

/** The keys as targets, or null when any of them isn't one of the learner's live cards. */
async function resolveKeys(userId: string, keys: CardKey[]): Promise<FlagTarget[] | null> {
  const ids = (prefix: string) => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(2));
  const [itemIds, flashcardIds, questionIds] = [ids("i:"), ids("f:"), ids("q:")];
  const [items, flashcards, questions] = await Promise.all([
    db.reviewItem.findMany({
      where: {
        id: { in: itemIds },
        userId,
        OR: [{ flashcard: { is: liveContent } }, { question: { is: liveContent } }],
      },
      select: { id: true, flashcardId: true, questionId: true },
    }),
    db.flashcard.findMany({
      where: { id: { in: flashcardIds }, ...liveContent },
      select: { id: true, reviewItems: { where: { userId }, select: { id: true } } },
    }),
    db.question.findMany({
      where: { id: { in: questionIds }, ...liveContent },
      select: { id: true, reviewItems: { where: { userId }, select: { id: true } } },
    }),
  ]);
  if (items.length + flashcards.length + questions.length !== keys.length) return null;
  const targets: FlagTarget[] = [
    ...items.map((i) =>
      i.flashcardId
        ? { flashcardId: i.flashcardId, reviewItemId: i.id }
        : { questionId: i.questionId ?? "", reviewItemId: i.id },
    ),
    ...flashcards.map((f) => ({ flashcardId: f.id, reviewItemId: f.reviewItems[0]?.id ?? null })),
    ...questions.map((x) => ({ questionId: x.id, reviewItemId: x.reviewItems[0]?.id ?? null })),
  ];
  // The same card twice (by its item and by its content id) counts once.
  const seen = new Set<string>();
  return targets.filter((t) => {
    const id = "flashcardId" in t ? `f:${t.flashcardId}` : `q:${t.questionId}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Due now (in today's queue), schedule otherwise kept, like Anki's "Set due date" to 0. New cards: nothing to do. */
async function rescheduleToday(tx: Tx, userId: string, reviewItemId: string, now: Date) {
  const row = await tx.reviewItem.findFirst({ where: { id: reviewItemId, userId } });
  if (!row || row.state === State.New) return false;
  const before = stateOf(row);
  await tx.reviewItem.update({ where: { id: row.id }, data: { due: now, updatedAt: now } });
  await tx.reviewLog.create({
    data: {
      id: newId(),
      reviewItemId: row.id,
      userId,
      rating: 0,
      stateBefore: before.state,
      dueBefore: before.due,
      elapsedDays: 0,
      scheduledDays: before.scheduledDays,
      source: RESCHEDULE_SOURCE,
      previous: serializeState(before, false, serializeFlags(flagsOf(row))),
      reviewedAt: now,
    },
  });
  return true;
}

async function resetIfStudied(tx: Tx, userId: string, reviewItemId: string, now: Date) {
  const row = await tx.reviewItem.findFirst({
    where: { id: reviewItemId, userId },
    select: { state: true, reps: true },
  });
  // Already new and never rated: a reset would change nothing.
  if (!row || (row.state === State.New && row.reps === 0)) return false;
  return resetItem(tx, userId, reviewItemId, now);
}

export async function bulkChange(
  user: CurrentUser,
  keys: CardKey[],
  action: BulkAction,
  now = new Date(),
): Promise<BulkResult> {
  const targets = await resolveKeys(user.id, keys);
  if (!targets)
    return {
      ok: false,
      status: 404,
      error:
        "Some of those cards aren't yours or no longer exist; nothing was changed. Reload the list.",
    };
  const settings = await loadStudySettings(await sqlOf(db), user.id);
  const until = nextStudyDay(settings, now);
  const changed = await db.$transaction(async (tx) => {
    let n = 0;
    for (const t of targets) {
      const done =
        action === "suspend" || action === "unsuspend"
          ? await changeFlag(tx, user.id, t, action, now, until)
          : !t.reviewItemId
            ? false
            : action === "reset"
              ? await resetIfStudied(tx, user.id, t.reviewItemId, now)
              : await rescheduleToday(tx, user.id, t.reviewItemId, now);
      if (done) n++;
    }
    return n;
  });
  return { ok: true, changed, unchanged: targets.length - changed };
}

/**
 * A learner's own Anki collection into their account: each card that is one of our items (our
 * export's notes by guid, decks an instructor imported by guid and template) gets Anki's review
 * history as ReviewLogs and its FSRS memory state recomputed from that history with lib/srs's own
 * scheduler in the learner's time zone and day start; where Anki reviewed the card last, its due date,
 * interval, reps and lapses are Anki's, so the schedule continues where Anki left it. History already
 * here is kept and merged in time order; a review is recognised by its Anki revlog id, so a second
 * import of the same file adds nothing.
 */
import { createHash } from "node:crypto";
import type { Grade } from "ts-fsrs";
import type { Prisma, StudySettings } from "../../../generated/prisma/client";
import { newItemState, serializeState, type ItemState } from "../../../srs/card";
import { clockOf, studyDayNumber, studyDayStart, type DayClock } from "../../../srs/day";
import { fuzzSeed, scheduleAll } from "../../../srs/schedule";
import { loadStudySettings } from "../../../srs/settings";
import { noteGuid } from "../../apkg/ids";
import { sidecarSchema } from "../../apkg/sidecar";
import type { Tx } from "../../../db";
import type { AnkiCardRow, AnkiRevlogRow } from "./collection";
import { ankiItemId } from "./notes";
import type { AnkiPackage } from "./package";

type Ref = { flashcardId: string } | { questionId: string };

export interface LearnerPlan {
  notes: number;
  cards: number;
  /** Cards that are items here, and those that aren't (their deck isn't in any course here). */
  matched: number;
  unmatched: number;
  /** The decks those cards are in (up to five), so the learner knows which to ask for. */
  unmatchedDecks: string[];
  reviews: number;
  /** Reviews not imported before. */
  newReviews: number;
  alreadyImported: number;
  /** Revlog entries that are no rating (rescheduled, reset by hand). */
  skipped: number;
  media: number;
  /** Items that get new history: created here or merged with what the learner has. */
  items: { created: number; merged: number };
  /** The hour Anki's day started (the collection's rollover) and the learner's here, and their zone. */
  dayStart: { anki: number; here: number; timeZone: string };
  hash: string;
}

interface CardPlan {
  ref: Ref;
  card: AnkiCardRow;
  logs: AnkiRevlogRow[];
}

export interface PlannedLearnerImport {
  plan: LearnerPlan;
  cards: CardPlan[];
  settings: StudySettings;
  crtDay: number;
}

/** Anki's revlog type for a review in a filtered deck. */
const FILTERED = 3;
const requestId = (userId: string, revlogId: number) => `anki:${userId}:${revlogId}`;
const isRating = (r: AnkiRevlogRow) => r.ease >= 1 && r.ease <= 4 && r.type >= 0 && r.type <= 3;

async function itemIndex(tx: Tx) {
  const live = { archivedAt: null, status: "published" };
  const [cards, questions] = await Promise.all([
    tx.flashcard.findMany({ where: live, select: { id: true } }),
    tx.question.findMany({ where: live, select: { id: true } }),
  ]);
  const refs = new Map<string, Ref>([
    ...cards.map((c): [string, Ref] => [c.id, { flashcardId: c.id }]),
    ...questions.map((q): [string, Ref] => [q.id, { questionId: q.id }]),
  ]);
  const byGuid = new Map([...refs.keys()].map((id) => [noteGuid(id), id]));
  return { refs, byGuid };
}

export async function planLearnerImport(
  tx: Tx,
  userId: string,
  pkg: AnkiPackage,
): Promise<PlannedLearnerImport | { error: string }> {
  const { collection } = pkg;
  const sidecar = sidecarSchema.safeParse(pkg.ours);
  const ours = sidecar.success ? sidecar.data.notes : {};
  const { refs, byGuid } = await itemIndex(tx);
  const notes = new Map(collection.notes.map((n) => [n.id, n]));
  const revlog = new Map<number, AnkiRevlogRow[]>();
  for (const r of collection.revlog) revlog.set(r.cid, [...(revlog.get(r.cid) ?? []), r]);
  const cards: CardPlan[] = [];
  let unmatched = 0;
  const missingDecks = new Set<string>();
  for (const card of collection.cards) {
    const note = notes.get(card.nid);
    if (!note) continue;
    const cloze = collection.models.get(note.mid)?.cloze ?? false;
    const id =
      ours[note.guid]?.item.id ?? byGuid.get(note.guid) ?? ankiItemId(note.guid, card.ord, cloze);
    const ref = refs.get(id);
    if (!ref) {
      unmatched++;
      missingDecks.add(collection.decks.get(card.odid || card.did)?.name ?? "Default");
      continue;
    }
    cards.push({ ref, card, logs: (revlog.get(card.id) ?? []).sort((a, b) => a.id - b.id) });
  }
  if (cards.length === 0)
    return {
      error: collection.cards.length
        ? `${collection.cards.length === 1 ? "the collection's one card is not" : `none of the collection's ${collection.cards.length} cards is`} in a course here; ask your instructor to import the deck first (Teach › Import), then import your collection again`
        : "the collection has no cards",
    };
  const imported = new Set(
    (
      await tx.reviewLog.findMany({
        where: { userId, requestId: { startsWith: `anki:${userId}:` } },
        select: { requestId: true },
      })
    ).map((l) => l.requestId),
  );
  const existing = new Set(
    (
      await tx.reviewItem.findMany({
        where: { userId },
        select: { flashcardId: true, questionId: true },
      })
    ).map((r) => r.flashcardId ?? r.questionId),
  );
  let reviews = 0;
  let newReviews = 0;
  let skipped = 0;
  const items = { created: 0, merged: 0 };
  const fingerprint: unknown[] = [];
  for (const c of cards) {
    const ratings = c.logs.filter(isRating);
    skipped += c.logs.length - ratings.length;
    reviews += ratings.length;
    const fresh = ratings.filter((r) => !imported.has(requestId(userId, r.id)));
    newReviews += fresh.length;
    c.logs = fresh;
    if (fresh.length === 0) continue;
    const id = "flashcardId" in c.ref ? c.ref.flashcardId : c.ref.questionId;
    if (existing.has(id)) items.merged++;
    else items.created++;
    fingerprint.push([id, fresh.map((r) => r.id)]);
  }
  const settings = await loadStudySettings(tx, userId);
  const clock = clockOf(settings);
  const plan: Omit<LearnerPlan, "hash"> = {
    notes: new Set(cards.map((c) => c.card.nid)).size,
    cards: collection.cards.length,
    matched: cards.length,
    unmatched,
    unmatchedDecks: [...missingDecks].sort().slice(0, 5),
    reviews,
    newReviews,
    alreadyImported: reviews - newReviews,
    skipped,
    media: pkg.media.size,
    items,
    dayStart: { anki: collection.rollover, here: clock.dayStartHour, timeZone: clock.timeZone },
  };
  const hash = createHash("sha256")
    .update(JSON.stringify({ plan, fingerprint, clock }))
    .digest("hex");
  return {
    plan: { ...plan, hash },
    cards: cards.filter((c) => c.logs.length),
    settings,
    crtDay: studyDayNumber(new Date(collection.crt * 1000), clock),
  };
}

/** When an Anki review made the card due next: minus seconds (a step), or days counted in study days. */
function dueAfter(r: AnkiRevlogRow, clock: DayClock): Date {
  const at = new Date(r.id);
  if (r.ivl < 0) return new Date(r.id - r.ivl * 1000);
  if (r.ivl > 0) return studyDayStart(studyDayNumber(at, clock) + r.ivl, clock);
  return at;
}

/** Anki's card as it stands: due date by its type and queue (day numbers count from the collection's first day). */
function ankiSchedule(card: AnkiCardRow, crtDay: number, clock: DayClock) {
  const byDay = card.type === 2 || card.queue === 3;
  return {
    due: byDay ? studyDayStart(crtDay + card.due, clock) : new Date(card.due * 1000),
    scheduledDays: card.type === 2 || card.type === 3 ? Math.max(0, card.ivl) : 0,
  };
}

interface Entry {
  at: Date;
  rating: number;
  anki?: AnkiRevlogRow;
}

export interface LearnerWriteStats {
  reviews: number;
  created: number;
  merged: number;
}

export async function writeLearnerImport(
  tx: Tx,
  userId: string,
  planned: PlannedLearnerImport,
  now: Date,
): Promise<LearnerWriteStats> {
  const { settings, crtDay } = planned;
  const clock = clockOf(settings);
  const stats: LearnerWriteStats = { reviews: 0, created: 0, merged: 0 };
  for (const c of planned.cards) {
    const row = await tx.reviewItem.findFirst({
      where: { userId, ...c.ref },
      include: { logs: { orderBy: { reviewedAt: "asc" } } },
    });
    const timeline: Entry[] = [
      ...(row?.logs ?? [])
        .filter((l) => l.rating >= 1 && l.rating <= 4)
        .map((l) => ({ at: l.reviewedAt, rating: l.rating })),
      ...c.logs.map((r) => ({ at: new Date(r.id), rating: r.ease, anki: r })),
    ].sort((a, b) => a.at.getTime() - b.at.getTime());
    let state: ItemState = newItemState(timeline[0]!.at);
    let dueBefore = timeline[0]!.at;
    let created = true;
    const rows: Array<Omit<Prisma.ReviewLogCreateManyInput, "reviewItemId">> = [];
    for (const entry of timeline) {
      const next = scheduleAll(state, entry.at, settings, {
        seed: fuzzSeed(userId, c.ref, state),
      })[entry.rating as Grade];
      // A filtered-deck review (Anki's revlog type 3; our cram) is history only: FSRS leaves it out.
      const cram = entry.anki?.type === FILTERED;
      if (entry.anki) {
        const r = entry.anki;
        rows.push({
          userId,
          rating: r.ease,
          stateBefore: state.state,
          dueBefore,
          elapsedDays: next.elapsedDays,
          scheduledDays: Math.max(0, r.ivl),
          durationMs: Math.max(0, Math.min(r.time, 3_600_000)),
          source: cram ? "cram" : "review",
          previous: serializeState({ ...state, due: dueBefore }, created && !row),
          requestId: requestId(userId, r.id),
          reviewedAt: entry.at,
        });
        if (cram) continue;
        dueBefore = dueAfter(r, clock);
      } else dueBefore = next.state.due;
      state = next.state;
      created = false;
    }
    const scheduled = timeline.filter((e) => e.anki?.type !== FILTERED);
    const last = scheduled[scheduled.length - 1] ?? timeline[timeline.length - 1]!;
    // Anki reviewed it last: its schedule is the one to continue.
    const anki =
      last.anki && last.anki.type !== FILTERED && c.card.type >= 1 && c.card.type <= 3
        ? {
            ...state,
            ...ankiSchedule(c.card, crtDay, clock),
            ...(c.card.type >= 1 && c.card.type <= 3 ? { state: c.card.type } : {}),
            reps: Math.max(state.reps, c.card.reps),
            lapses: Math.max(state.lapses, c.card.lapses),
            lastReview: last.at,
          }
        : null;
    const suspended = last.anki && c.card.queue === -1 ? { suspendedAt: now } : {};
    let itemId: string;
    if (!row) {
      const createdRow = await tx.reviewItem.create({
        data: { userId, ...c.ref, ...(anki ?? state), ...suspended },
      });
      itemId = createdRow.id;
      stats.created++;
    } else {
      itemId = row.id;
      if (anki)
        await tx.reviewItem.update({ where: { id: row.id }, data: { ...anki, ...suspended } });
      stats.merged++;
    }
    await tx.reviewLog.createMany({
      data: rows.map((r) => ({ ...r, reviewItemId: itemId })),
    });
    stats.reviews += rows.length;
  }
  return stats;
}

/**
 * Builds the learner's offline review pack (lib/offline/pack-schema.ts): due cards (learning,
 * relearning, and reviews due before the end of the pack's last study day, oldest due first, up to
 * the daily review maximum per day) and the next new cards (the daily new limit per day), each
 * rendered exactly as the review page renders it (lib/srs/view.ts) with its example panels and stored
 * runs, its FSRS state, the settings and the parameters in force.
 */
import "server-only";
import { State } from "ts-fsrs";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { sqlOf } from "../db-raw";
import { examplePanel } from "../sandbox/last-run";
import { clockOf, studyDayNumber, studyDayStart } from "../srs/day";
import { newCandidates } from "../srs/new-cards";
import type { QueueEntry } from "../srs/queue";
import { loadStudySettings } from "../srs/settings";
import { int, ints, itemColumns, itemIsLive, itemIsStudyable, num, type ItemRow } from "../srs/sql";
import { stateOf } from "../srs/card";
import { reviewCard } from "../srs/view";
import {
  PACK_DAYS,
  PACK_MAX_CARDS,
  PACK_VERSION,
  packSchema,
  toStoredState,
  type OfflinePack,
  type PackCard,
} from "./pack-schema";

export async function offlinePack(
  user: CurrentUser,
  courseSlug?: string,
  now = new Date(),
): Promise<OfflinePack> {
  const sql = await sqlOf(db);
  const settings = await loadStudySettings(sql, user.id);
  const clock = clockOf(settings);
  const today = studyDayNumber(now, clock);
  const dayStart = studyDayStart(today, clock);
  const horizon = studyDayStart(today + PACK_DAYS, clock);
  const dueCap = Math.min(PACK_MAX_CARDS, Math.max(0, settings.maxReviewsPerDay) * PACK_DAYS);
  const due = await sql.rows<ItemRow>(Prisma.sql`SELECT ${itemColumns} FROM "ReviewItem" r
    WHERE r."userId" = ${user.id} AND r."state" IN (${ints([State.Learning, State.Review, State.Relearning])}) AND r."due" < ${horizon}
      AND ${itemIsStudyable(now)} AND ${itemIsLive(courseSlug)} ORDER BY r."due", r."id" LIMIT ${int(dueCap)}`);
  const newCap = Math.min(PACK_MAX_CARDS - due.length, Math.max(0, settings.newPerDay) * PACK_DAYS);
  const fresh = await newCandidates(sql, user.id, newCap, now, courseSlug);
  const entries: QueueEntry[] = [
    ...due.map((i) => ({
      reviewItemId: i.id,
      flashcardId: i.flashcardId,
      questionId: i.questionId,
      state: stateOf(i),
    })),
    ...fresh,
  ];
  const [done] = await sql.rows<Record<"n" | "r", unknown>>(Prisma.sql`SELECT
    (SELECT COUNT(*) FROM "ReviewLog" g WHERE g."userId" = ${user.id} AND g."reviewedAt" >= ${dayStart} AND g."source" = 'review' AND g."stateBefore" = ${int(State.New)}) AS n,
    (SELECT COUNT(*) FROM "ReviewLog" g WHERE g."userId" = ${user.id} AND g."reviewedAt" >= ${dayStart} AND g."source" = 'review' AND g."stateBefore" = ${int(State.Review)}) AS r`);
  const own = await db.learnerParameters.findUnique({
    where: { userId: user.id },
    select: { weights: true },
  });
  const groups = await siblingGroups(entries);
  const cards: PackCard[] = [];
  for (const entry of entries) {
    const card = await reviewCard(sql, settings, entry, now);
    if (!card) continue;
    const panels = [];
    for (const e of card.examples) {
      const panel = await examplePanel(user, e.id);
      if (panel) panels.push(panel);
    }
    const ref =
      card.kind === "flashcard" ? { flashcardId: card.contentId } : { questionId: card.contentId };
    cards.push({
      key: `${card.kind === "flashcard" ? "f" : "q"}:${card.contentId}`,
      ref,
      reviewItemId: entry.reviewItemId,
      kind: card.kind,
      contentId: card.contentId,
      frontHtml: card.frontHtml,
      backHtml: card.backHtml,
      courseSlug: card.courseSlug,
      lessonSlug: card.lessonSlug,
      lessonTitle: card.lessonTitle,
      examples: card.examples,
      panels,
      ...(card.typeAnswer ? { typeAnswer: card.typeAnswer } : {}),
      siblingGroup:
        groups.get(`${card.kind === "flashcard" ? "f" : "q"}:${card.contentId}`) ?? null,
      // A card reset to New has an item in state New: offline it is scheduled like a new card from that state.
      item: entry.state && entry.reviewItemId ? toStoredState(entry.state) : null,
    });
  }
  const weights = (settings as { fsrsWeights?: string | null }).fsrsWeights ?? null;
  // Validated on the way out: the browser reads it back with the same schema.
  return packSchema.parse({
    version: PACK_VERSION,
    userId: user.id,
    generatedAt: now.toISOString(),
    courseSlug: courseSlug ?? null,
    settings: {
      desiredRetention: settings.desiredRetention,
      learningSteps: settings.learningSteps,
      relearningSteps: settings.relearningSteps,
      fsrsWeights: weights,
      parameterSource: own?.weights ? "learner" : weights ? "course" : "default",
      timeZone: clock.timeZone,
      dayStartHour: clock.dayStartHour,
      newPerDay: settings.newPerDay,
      maxReviewsPerDay: settings.maxReviewsPerDay,
      typeAnswer: Boolean(settings.typeAnswer),
      buryRelated: Boolean(settings.buryRelated),
    },
    doneToday: { studyDay: today, new: num(done?.n), review: num(done?.r) },
    cards,
  });
}

/** Each card's lesson section ("<lessonId>#<section>", by pack key), for burying siblings offline. */
async function siblingGroups(entries: QueueEntry[]): Promise<Map<string, string>> {
  const flashcardIds = entries.flatMap((e) => (e.flashcardId ? [e.flashcardId] : []));
  const questionIds = entries.flatMap((e) => (e.questionId ? [e.questionId] : []));
  const select = { id: true, lessonId: true, section: true } as const;
  const [flashcards, questions] = await Promise.all([
    db.flashcard.findMany({ where: { id: { in: flashcardIds } }, select }),
    db.question.findMany({ where: { id: { in: questionIds } }, select }),
  ]);
  const groups = new Map<string, string>();
  for (const [prefix, rows] of [
    ["f", flashcards],
    ["q", questions],
  ] as const)
    for (const r of rows)
      if (r.section !== null) groups.set(`${prefix}:${r.id}`, `${r.lessonId}#${r.section}`);
  return groups;
}

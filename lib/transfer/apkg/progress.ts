/**
 * A learner's progress as Anki stores it: each card's scheduling state (type, queue, due, ivl, reps,
 * lapses, left), its FSRS memory state in `cards.data` (`{"s","d","dr"}` as Anki 23.10+ writes it, plus
 * `lrt`, the last review in seconds, which 25.02+ reads), and the revlog. Review due dates are day
 * numbers counted from the collection's creation day (`col.crt`, the start of a study day), learning
 * due dates epoch seconds; days are the learner's study days (lib/srs/day.ts).
 */
import "server-only";
import { db } from "../../db";
import type { ReviewItem, ReviewLog, StudySettings } from "../../generated/prisma/client";
import { clockOf, studyDayNumber, studyDayStart, type DayClock } from "../../srs/day";
import {
  DEFAULT_LEARNING_STEPS,
  DEFAULT_RELEARNING_STEPS,
  parseSteps,
  stepMinutes,
} from "../../validations/steps";

export interface CardSchedule {
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  data: string;
}

/** One revlog row, with the item id standing in for the card id until the collection is written. */
export interface RevlogRow {
  id: number;
  itemId: string;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

export interface Progress {
  clock: DayClock;
  /** The collection's creation day (a study-day number) and its start in epoch seconds. */
  crtDay: number;
  crt: number;
  settings: StudySettings;
  /** by flashcard or question id */
  cards: Map<string, CardSchedule>;
  revlog: RevlogRow[];
}

const FACTOR = 2500; // Anki's starting ease; FSRS ignores it, older clients show it
const round = (x: number, places: number) => Number(x.toFixed(places));
const itemIdOf = (r: Pick<ReviewItem, "flashcardId" | "questionId">) =>
  (r.flashcardId ?? r.questionId)!;
/** Anki's revlog type from the state before the rating: learn, review, relearn. */
const REVLOG_TYPE = [0, 0, 1, 2] as const;
/** Anki's revlog type for a filtered-deck (cram) review. */
const FILTERED = 3;

function schedule(
  item: ReviewItem,
  progress: Pick<Progress, "clock" | "crtDay" | "settings">,
): CardSchedule {
  const { clock, crtDay, settings } = progress;
  const memory = {
    s: round(item.stability, 4),
    d: round(item.difficulty, 4),
    dr: round(settings.desiredRetention, 2),
    ...(item.lastReview ? { lrt: Math.floor(item.lastReview.getTime() / 1000) } : {}),
  };
  const base = {
    factor: FACTOR,
    reps: item.reps,
    lapses: item.lapses,
    data: JSON.stringify(memory),
  };
  const dayDue = studyDayNumber(item.due, clock) - crtDay;
  if (item.state === 2)
    return {
      ...base,
      type: 2,
      queue: 2,
      due: dayDue,
      ivl: Math.max(1, item.scheduledDays),
      left: 0,
    };
  // Learning (1) or relearning (3): a step of a day or more is day-numbered (queue 3), else seconds.
  const relearning = item.state === 3;
  const steps = relearning
    ? parseSteps(settings.relearningSteps, DEFAULT_RELEARNING_STEPS)
    : parseSteps(settings.learningSteps, DEFAULT_LEARNING_STEPS);
  const current = steps[Math.min(item.learningSteps, steps.length - 1)];
  const interday = current ? (stepMinutes(current) ?? 0) >= 1440 : false;
  return {
    ...base,
    type: relearning ? 3 : 1,
    queue: interday ? 3 : 1,
    due: interday ? dayDue : Math.floor(item.due.getTime() / 1000),
    ivl: relearning ? Math.max(1, item.scheduledDays) : 0,
    left: Math.max(1, steps.length - item.learningSteps),
  };
}

/** Anki's ivl for a log: days when the rating scheduled days, else minus the seconds until due. */
function logInterval(log: ReviewLog, nextDue: Date): number {
  if (log.scheduledDays > 0) return log.scheduledDays;
  return -Math.max(1, Math.round((nextDue.getTime() - log.reviewedAt.getTime()) / 1000));
}

function revlogOf(items: Array<ReviewItem & { logs: ReviewLog[] }>): RevlogRow[] {
  const rows: RevlogRow[] = [];
  for (const item of items) {
    const logs = [...item.logs].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    let lastIvl = 0;
    logs.forEach((log, i) => {
      const next = logs[i + 1];
      // The next rating's due-before is when this one made the card due.
      const ivl = logInterval(log, next ? next.dueBefore : item.due);
      rows.push({
        id: log.reviewedAt.getTime(),
        itemId: itemIdOf(item),
        ease: log.rating,
        ivl,
        lastIvl,
        factor: log.stateBefore === 0 ? 0 : FACTOR,
        time: Math.min(60_000, Math.max(0, log.durationMs)),
        // A cram rating (custom study, schedule untouched) is Anki's Filtered kind, which FSRS leaves out.
        type:
          log.source === "cram" ? FILTERED : (REVLOG_TYPE[log.stateBefore as 0 | 1 | 2 | 3] ?? 0),
      });
      lastIvl = ivl;
    });
  }
  // Revlog ids are review times in ms and must be unique: a tie moves one a millisecond on.
  rows.sort((a, b) => a.id - b.id);
  for (let i = 1; i < rows.length; i++)
    if (rows[i]!.id <= rows[i - 1]!.id) rows[i]!.id = rows[i - 1]!.id + 1;
  return rows;
}

export async function learnerProgress(
  userId: string,
  settings: StudySettings,
  now: Date,
): Promise<Progress> {
  const clock = clockOf(settings);
  const items = await db.reviewItem.findMany({ where: { userId }, include: { logs: true } });
  const started = items.filter((i) => i.state !== 0 || i.reps > 0);
  // The collection "began" on the earliest study day anything happened, so no review due is negative.
  const days = [studyDayNumber(now, clock)];
  for (const i of started) {
    days.push(studyDayNumber(i.due, clock));
    for (const l of i.logs) days.push(studyDayNumber(l.reviewedAt, clock));
  }
  const crtDay = Math.min(...days);
  const progress = {
    clock,
    crtDay,
    crt: Math.floor(studyDayStart(crtDay, clock).getTime() / 1000),
    settings,
  };
  return {
    ...progress,
    cards: new Map(started.map((i) => [itemIdOf(i), schedule(i, progress)])),
    revlog: revlogOf(started),
  };
}

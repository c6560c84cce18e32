/**
 * The optimizer's data-access layer: what Settings ("Optimize my schedule", the workload table, the
 * CSV download) and the instructors' course page call. Each function checks the signed-in user.
 */
import "server-only";
import { requireUser, type CurrentUser } from "../../auth/session";
import { db } from "../../db";
import { loadStudySettings } from "../settings";
import { parseWeights, type ParameterSource } from "../params";
import { RATING_SOURCES } from "./items";
import { courseLogs, learnerLogs } from "./logs";
import { optimizerCsv } from "./csv";
import { fitCourseParameters } from "./course";
import { fitLearnerParameters } from "./learner";
import { LEARNER_MIN_REVIEWS, MIN_TRAIN_ITEMS, type FitOutcome } from "./outcome";
import { afterRating } from "./trigger";
import { workloadByRetention, type WorkloadRow } from "./workload";

export interface FitRecord {
  weights: number[] | null;
  reviewCount: number;
  fittedAt: Date | null;
  logLossBefore: number | null;
  rmseBefore: number | null;
  logLossAfter: number | null;
  rmseAfter: number | null;
  status: string;
  message: string;
}
export interface MyOptimizer {
  source: ParameterSource;
  own: FitRecord | null;
  /** The learner's ratings, counted up to RATINGS_COUNTED (then "at least" that many). */
  ratings: number;
  minItems: number;
}

/**
 * Settings counts the learner's ratings only this far: enough to say where they stand against
 * LEARNER_MIN_REVIEWS, without counting every review of a long history on each load.
 */
export const RATINGS_COUNTED = 2 * LEARNER_MIN_REVIEWS;

const record = (row: (Omit<FitRecord, "weights"> & { weights: string | null }) | null) =>
  row ? { ...row, weights: parseWeights(row.weights) } : null;

export async function myOptimizer(user: CurrentUser): Promise<MyOptimizer> {
  const [row, settings, ratings] = await Promise.all([
    db.learnerParameters.findUnique({ where: { userId: user.id } }),
    loadStudySettings(db, user.id),
    db.reviewLog.count({
      where: { userId: user.id, source: { in: [...RATING_SOURCES] } },
      take: RATINGS_COUNTED,
    }),
  ]);
  const own = record(row);
  const inForce = (settings as { fsrsWeights?: string | null }).fsrsWeights;
  const source: ParameterSource = own?.weights ? "learner" : inForce ? "course" : "default";
  return { source, own, ratings, minItems: MIN_TRAIN_ITEMS };
}

/** After a learner's rating has been answered: refit their parameters if due (lib/srs/optimizer/trigger.ts). */
export const refitAfterRating = (user: CurrentUser) => afterRating(db, user.id);

/** "Optimize my schedule": fits now (in a child process) and answers when it is done. */
export async function optimizeMySchedule(): Promise<FitOutcome> {
  const user = await requireUser();
  return fitLearnerParameters(db, user.id);
}

export async function myReviewLogsCsv(): Promise<string> {
  const user = await requireUser();
  return optimizerCsv(await learnerLogs(db, user.id));
}

/**
 * Expected ratings a day over the next 30 days at 0.80–0.95, with the parameters in force. Reads
 * every card the learner has, so Settings computes it only when asked ("Show expected workload").
 */
export async function myWorkload(now = new Date()): Promise<WorkloadRow[]> {
  const user = await requireUser();
  const settings = await loadStudySettings(db, user.id);
  const live = { archivedAt: null, status: "published" };
  const [cards, flashcards, questions] = await Promise.all([
    db.reviewItem.findMany({
      where: { userId: user.id, suspendedAt: null },
      select: { state: true, stability: true, difficulty: true, lastReview: true, due: true },
    }),
    db.flashcard.count({ where: live }),
    db.question.count({ where: live }),
  ]);
  return workloadByRetention({
    cards,
    newPerDay: settings.newPerDay,
    unseen: Math.max(0, flashcards + questions - cards.length),
    weights: parseWeights((settings as { fsrsWeights?: string | null }).fsrsWeights),
    now,
  });
}

export type CourseResult<T> = { ok: true; value: T } | { ok: false; status: 404; error: string };

async function courseBySlug(slug: string) {
  return db.course.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } });
}
const noCourse = (slug: string) =>
  ({ ok: false, status: 404, error: `There is no course "${slug}".` }) as const;

/** Every learner's logs on the course as optimizer CSV, card ids anonymised (instructors). */
export async function courseReviewLogsCsv(slug: string): Promise<CourseResult<string>> {
  await requireUser(["INSTRUCTOR", "ADMIN"]);
  const course = await courseBySlug(slug);
  if (!course) return noCourse(slug);
  const learners = await courseLogs(db, course.id);
  return { ok: true, value: optimizerCsv(learners.flatMap((l) => l.logs)) };
}

export async function optimizeCourse(slug: string): Promise<CourseResult<FitOutcome>> {
  await requireUser(["INSTRUCTOR", "ADMIN"]);
  const course = await courseBySlug(slug);
  if (!course) return noCourse(slug);
  return { ok: true, value: await fitCourseParameters(db, course.id) };
}

/** Each course with its fitted parameters' record (instructors' page). */
export async function coursesWithParameters() {
  await requireUser(["INSTRUCTOR", "ADMIN"]);
  const courses = await db.course.findMany({
    where: { archivedAt: null },
    orderBy: { position: "asc" },
    select: { slug: true, title: true, fsrsParameters: true },
  });
  return courses.map((c) => ({ slug: c.slug, title: c.title, fit: record(c.fsrsParameters) }));
}
